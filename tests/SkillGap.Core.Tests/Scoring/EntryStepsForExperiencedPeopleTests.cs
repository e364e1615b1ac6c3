using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;
using SkillGap.Core.Experience;
using SkillGap.Core.Scoring;
using SkillGap.Core.Tests.Support;

namespace SkillGap.Core.Tests.Scoring;

/// <summary>
/// KCNA and KCSA are CNCF's entry-level (multiple-choice, pre-professional) exams: a beginner starts there, but a network
/// engineer of eleven years with a Kubernetes gap is told CKA, as Cloud Practitioner gives way to an associate exam.
/// </summary>
public class EntryStepsForExperiencedPeopleTests
{
    private static readonly Catalog Catalog = TestCatalogs.Real;

    private static List<string> Path(string[] skills, double years)
    {
        var role = Catalog.FindRole("infrastructure-engineer")!;
        var credits = SkillCredits.From(skills, new Dictionary<string, SkillUsage>(), new HashSet<string>(), Catalog, new DateOnly(2026, 11, 1));
        var (_, _, gaps) = RoleScorer.Score(role, credits, Catalog);
        return CertificationPathPlanner.Plan(role, gaps, new HashSet<string>(), new HashSet<string> { "aws" }, years, Catalog).Steps.Select(s => s.Id).ToList();
    }

    private static readonly string[] NetworkEngineer = ["aws", "dns", "linux", "terraform", "load-balancing", "bash", "bgp", "firewalls"];

    [Fact]
    public void KubernetesEntryExamsAreFoundationalOnTheirLadder()
    {
        Assert.Equal(Certification.FoundationalRank, Catalog.FindCertification("kcna")!.Rank);
        Assert.Equal(Certification.FoundationalRank, Catalog.FindCertification("kcsa")!.Rank);
    }

    [Fact]
    public void AnExperiencedEngineerIsNotToldAnEntryKubernetesExam()
    {
        var path = Path(NetworkEngineer, years: 11);

        Assert.DoesNotContain("kcna", path);
        Assert.DoesNotContain("kcsa", path);
    }

    [Fact]
    public void ABeginnerWithTheSameGapsStillStartsAtTheEntryLevel()
    {
        var path = Path(NetworkEngineer, years: 0.5);

        Assert.DoesNotContain(path, id => Catalog.FindCertification(id)!.Rank >= Certification.ProfessionalRank);
    }
}
