using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;
using SkillGap.Core.Scoring;
using SkillGap.Core.Tests.Support;

namespace SkillGap.Core.Tests.Scoring;

public class CertificationAdvisorTests
{
    private static List<RoleGap> AllGaps(Catalog catalog) => RoleScorer.Score(catalog.Roles[0], new Dictionary<string, SkillCredit>(), catalog).Gaps;

    private static Catalog WithCertifications(params string[] certifications) => TestCatalogs.Small(certifications: string.Join(",", certifications));

    [Fact]
    public void NeverRecommendsACertificationThePersonHolds()
    {
        var catalog = TestCatalogs.Small();
        var advice = CertificationAdvisor.Advise(catalog.Roles[0], AllGaps(catalog), new HashSet<string> { "cka" }, null, catalog);
        Assert.DoesNotContain(advice, a => a.Id == "cka");
        Assert.Contains(advice, a => a.Id == "aws-saa");
    }

    [Fact]
    public void RanksByHowMuchOfTheGapACertificationCovers()
    {
        var catalog = WithCertifications(
            TestCatalogs.Certification("small", "vendor-neutral", null, "\"go\""),
            TestCatalogs.Certification("large", "vendor-neutral", null, "\"linux\", \"python\""));
        var advice = CertificationAdvisor.Advise(catalog.Roles[0], AllGaps(catalog), new HashSet<string>(), null, catalog);
        Assert.Equal(["large", "small"], advice.Select(a => a.Id));
        Assert.Equal(["linux", "python"], advice[0].Covers);
    }

    [Fact]
    public void PutsTheBestCloudAndToolPairFirst()
    {
        var catalog = WithCertifications(
            TestCatalogs.Certification("neutral-big", "vendor-neutral", null, "\"linux\", \"kubernetes\", \"python\""),
            TestCatalogs.Certification("tool", "tool", null, "\"kubernetes\""),
            TestCatalogs.Certification("cloud", "cloud", "aws", "\"terraform\""));
        var advice = CertificationAdvisor.Advise(catalog.Roles[0], AllGaps(catalog), new HashSet<string>(), null, catalog);
        Assert.Equal(["tool", "cloud", "neutral-big"], advice.Select(a => a.Id));
        Assert.Contains("pair", advice[0].Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void PrefersTheCloudTheResumeAlreadyUses()
    {
        var catalog = WithCertifications(
            TestCatalogs.Certification("aws-cert", "cloud", "aws", "\"terraform\""),
            TestCatalogs.Certification("azure-cert", "cloud", "azure", "\"terraform\""));
        var forAzure = CertificationAdvisor.Advise(catalog.Roles[0], AllGaps(catalog), new HashSet<string>(), "azure", catalog);
        var forAws = CertificationAdvisor.Advise(catalog.Roles[0], AllGaps(catalog), new HashSet<string>(), "aws", catalog);
        Assert.Equal("azure-cert", forAzure[0].Id);
        Assert.Equal("aws-cert", forAws[0].Id);
    }

    [Fact]
    public void AFirstStepRanksAboveTheProfessionalStepThatFollowsIt()
    {
        var catalog = WithCertifications(
            TestCatalogs.Certification("associate", "vendor-neutral", null, "\"linux\", \"python\""),
            TestCatalogs.Certification("professional", "vendor-neutral", null, "\"linux\", \"python\", \"go\"", 150, after: "\"associate\""));
        var beginner = CertificationAdvisor.Advise(catalog.Roles[0], AllGaps(catalog), new HashSet<string>(), null, catalog);
        Assert.Equal("associate", beginner[0].Id);
        Assert.Contains("Usually taken after associate name", beginner[1].Reason, StringComparison.Ordinal);

        var holder = CertificationAdvisor.Advise(catalog.Roles[0], AllGaps(catalog), new HashSet<string> { "associate" }, null, catalog);
        Assert.Equal("professional", holder[0].Id);
    }

    [Fact]
    public void ReasonSaysWhatItCoversAndHowLongItTakes()
    {
        var catalog = TestCatalogs.Small();
        var advice = CertificationAdvisor.Advise(catalog.Roles[0], AllGaps(catalog), new HashSet<string>(), null, catalog);
        var cka = advice.Single(a => a.Id == "cka");
        Assert.Contains("Covers 2 of your gaps for Ops Engineer", cka.Reason, StringComparison.Ordinal);
        Assert.Contains("60 hours", cka.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EachMissingEarlierStepPushesACertificationFurtherDown()
    {
        var catalog = WithCertifications(
            TestCatalogs.Certification("practitioner", "vendor-neutral", null, "\"linux\", \"python\""),
            TestCatalogs.Certification("associate", "vendor-neutral", null, "\"linux\", \"python\", \"go\"", after: "\"practitioner\""),
            TestCatalogs.Certification("professional", "vendor-neutral", null, "\"linux\", \"python\", \"kubernetes\", \"go\"", 150, after: "\"associate\""));
        var beginner = CertificationAdvisor.Advise(catalog.Roles[0], AllGaps(catalog), new HashSet<string>(), null, catalog);
        Assert.Equal(["practitioner", "associate", "professional"], beginner.Select(a => a.Id));

        var practitioner = CertificationAdvisor.Advise(catalog.Roles[0], AllGaps(catalog), new HashSet<string> { "practitioner" }, null, catalog);
        Assert.Equal("associate", practitioner[0].Id);
    }
}
