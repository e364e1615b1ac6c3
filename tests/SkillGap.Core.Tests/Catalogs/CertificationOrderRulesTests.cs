using SkillGap.Core.Catalogs;
using SkillGap.Core.Tests.Support;

namespace SkillGap.Core.Tests.Catalogs;

/// <summary>certifications.json's ladders and prerequisites: a mistake stops the service with a message naming the entry.</summary>
public class CertificationOrderRulesTests
{
    private static CatalogException Rejected(params string[] certifications) =>
        Assert.Throws<CatalogException>(() => TestCatalogs.Small(certifications: string.Join(",", certifications)));

    [Fact]
    public void APrerequisiteThatDoesNotExistIsRejected()
    {
        var error = Rejected(TestCatalogs.Certification("expert", "cloud", "azure", "\"azure\"", prerequisites: "\"az-104\""));
        Assert.Contains("certifications.json: certification 'expert': prerequisites names unknown id 'az-104'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARecommendedPredecessorThatDoesNotExistIsRejected()
    {
        var error = Rejected(TestCatalogs.Certification("cka", "tool", null, "\"kubernetes\"", after: "\"kcna\""));
        Assert.Contains("recommendedAfter names unknown id 'kcna'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALadderWithOneCertificationIsRejectedAsAMisspelling()
    {
        var error = Rejected(
            TestCatalogs.Certification("a", "cloud", "aws", "\"aws\"", level: "foundational", ladder: "aws"),
            TestCatalogs.Certification("a2", "cloud", "aws", "\"aws\"", ladder: "aws"),
            TestCatalogs.Certification("b", "cloud", "aws", "\"aws\"", level: "professional", ladder: "amazon"));
        Assert.Contains("ladder 'amazon' has only certification 'b'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APrerequisiteHigherOnTheSameLadderIsRejected()
    {
        var error = Rejected(
            TestCatalogs.Certification("pro", "cloud", "aws", "\"aws\"", level: "professional", ladder: "aws"),
            TestCatalogs.Certification("associate", "cloud", "aws", "\"aws\"", prerequisites: "\"pro\"", ladder: "aws"));
        Assert.Contains("certification 'associate' (associate) comes after 'pro' (professional)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACycleOfPrerequisitesIsRejected()
    {
        var error = Rejected(
            TestCatalogs.Certification("a", "tool", null, "\"linux\"", prerequisites: "\"b\""),
            TestCatalogs.Certification("b", "tool", null, "\"linux\"", after: "\"a\""));
        Assert.Contains("form a cycle: a -> b -> a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRealCatalogueHasTheLaddersAndPrerequisitesThePathReliesOn()
    {
        var catalog = TestCatalogs.Real;
        Assert.Equal(["azure-administrator-associate", "azure-developer-associate"], catalog.FindCertification("azure-devops-engineer-expert")!.Prerequisites);
        Assert.Equal(["cka"], catalog.FindCertification("cks")!.Prerequisites);
        Assert.Equal("kubernetes", catalog.FindCertification("kcna")!.Ladder);
        Assert.True(catalog.FindCertification("kcna")!.Rank < catalog.FindCertification("cka")!.Rank);
        Assert.Equal(
            catalog.FindCertification("aws-solutions-architect-professional")!.Ladder,
            catalog.FindCertification("aws-sysops-administrator-associate")!.Ladder);
    }
}
