using SkillGap.Core.Skills;
using SkillGap.Core.Tests.Support;

namespace SkillGap.Core.Tests.Skills;

public class AliasMatcherTests
{
    private static readonly AliasMatcher Small = AliasMatcher.Build(TestCatalogs.Small());
    private static readonly AliasMatcher Real = AliasMatcher.Build(TestCatalogs.Real);

    private static List<string> Ids(AliasMatcher matcher, string text) => matcher.Match(text).Select(m => m.TargetId).ToList();

    [Fact]
    public void MatchesAliasesCaseInsensitivelyAtWordBoundaries()
    {
        Assert.Equal(["kubernetes", "linux"], Ids(Small, "Ran K8S clusters on gnu/linux hosts"));
    }

    [Fact]
    public void DoesNotMatchInsideLongerWords()
    {
        Assert.Empty(Ids(Small, "pythonic kubernetesque golangish terraforming"));
        Assert.Empty(Ids(Real, "sparkling saltwater helmet vaulted"));
    }

    [Fact]
    public void AmbiguousAliasMatchesOnlyInItsWrittenCaseAndIsFlagged()
    {
        Assert.Empty(Small.Match("we go home"));
        var match = Assert.Single(Small.Match("Services in Go"));
        Assert.True(match.Ambiguous);
        Assert.Equal("go", match.TargetId);
        Assert.False(Assert.Single(Small.Match("Services in Golang")).Ambiguous);
    }

    [Fact]
    public void HyphenAndPluralVariantsMatchTheSameSkill()
    {
        Assert.Equal(["load-balancing", "load-balancing"], Ids(Small, "Load-balancer tuning; three load balancers"));
    }

    [Fact]
    public void SymbolNamesMatchExactly()
    {
        Assert.Equal(["csharp", "ci-cd", "csharp"], Ids(Small, "C# services, CI/CD, .NET 8"));
        Assert.Empty(Ids(Small, "grade C, CI or CD"));
    }

    [Fact]
    public void GluedVersionNumbersStillMatch()
    {
        Assert.Equal(["python"], Ids(Small, "Python3.11 scripts"));
    }

    [Fact]
    public void LongestMatchWinsSoACertificationIsNotAlsoASkill()
    {
        var matches = Real.Match("AWS Certified Solutions Architect – Associate (2023)");
        var match = Assert.Single(matches);
        Assert.Equal(MatchTarget.Certification, match.Target);
        Assert.Equal("aws-solutions-architect-associate", match.TargetId);
    }

    [Theory]
    [InlineData("k8s", "kubernetes")]
    [InlineData("Golang", "go")]
    [InlineData("GH Actions", "github-actions")]
    [InlineData("Elastic Stack", "elk-stack")]
    [InlineData("RHEL 8", "rhel")]
    [InlineData("CI/CD", "ci-cd")]
    [InlineData("Node.js", "nodejs")]
    public void RealTaxonomyKnowsWhatPeopleWrite(string written, string skillId) =>
        Assert.Contains(skillId, Ids(Real, $"Experience: {written}."));

    [Theory]
    [InlineData("AZ-104", "azure-administrator-associate")]
    [InlineData("CKA", "cka")]
    [InlineData("AWS SAA", "aws-solutions-architect-associate")]
    [InlineData("Solutions Architect – Associate", "aws-solutions-architect-associate")]
    [InlineData("Solutions Architect - Associate", "aws-solutions-architect-associate")]
    [InlineData("SAA-C03", "aws-solutions-architect-associate")]
    [InlineData("RHCSA", "rhcsa")]
    [InlineData("ITIL® 4 Foundation", "itil-foundation")]
    public void RealCertificationAliasesMatch(string written, string certificationId) =>
        Assert.Equal([certificationId], Real.Match(written).Where(m => m.Target == MatchTarget.Certification).Select(m => m.TargetId));

    [Fact]
    public void ASkillNameThatIsAlsoACertificationNameIsTheSkill()
    {
        var match = Assert.Single(Real.Match("Pipelines in GitHub Actions"));
        Assert.Equal(MatchTarget.Skill, match.Target);
        Assert.Equal("github-actions", match.TargetId);
    }

    [Fact]
    public void APhraseDoesNotContinueOntoTheNextLine()
    {
        var matches = Real.Match("Tools: Git, GitHub Actions\nCertifications");
        Assert.Equal(["git", "github-actions"], matches.Select(m => m.TargetId));
        Assert.All(matches, m => Assert.Equal(MatchTarget.Skill, m.Target));
    }

    [Fact]
    public void OffsetsOnLaterLinesPointIntoTheWholeText()
    {
        const string text = "Summary\nRan Kubernetes and Linux";
        foreach (var match in Small.Match(text))
        {
            Assert.Equal(match.TargetId == "kubernetes" ? "Kubernetes" : "Linux", text.Substring(match.Start, match.Length));
        }
    }

    [Fact]
    public void ANameWrappedInsideAPdfParagraphStillMatches()
    {
        Core.Documents.DocumentLine Line(string text, double right) => new(1, text, new Core.Documents.LineHints(Block: 0, Left: 72, Right: right));
        var document = new Core.Documents.ExtractedDocument(Core.Documents.ResumeFormat.Pdf, 1,
            [Line("Wrote Terraform for Azure resources (AKS, storage accounts, Key", 500), Line("Vault) and the pipelines.", 200)], []);
        var match = Real.Match(document).Single(m => m.TargetId.Contains("vault", StringComparison.Ordinal));
        Assert.Equal("azure-key-vault", match.TargetId);
        Assert.Equal("Key\nVault", document.Text.Substring(match.Start, match.Length));
    }

    [Theory]
    [InlineData("Portfolio: https://jane.github.io | LinkedIn: https://www.linkedin.com/in/jane")]
    [InlineData("jane.doe@terraform-consulting.com")]
    [InlineData("Blog: www.kubernetes-notes.dev/posts/helm")]
    [InlineData("Code in github.com/jane/ansible-roles")]
    [InlineData("Edited /etc/nginx/nginx.conf and ~/docker/compose.yml")]
    [InlineData("(notes in notes/certs/kubernetes/)")]
    public void WebAddressesEmailAddressesAndFilePathsAreNotSkillEvidence(string line)
    {
        Assert.Empty(Ids(Real, line));
    }

    [Fact]
    public void NamesWithDotsAndSlashedListsAreNotMistakenForAddresses()
    {
        Assert.Equal(["dotnet", "nodejs", "ci-cd", "git", "github", "gitlab", "http"], Ids(Real, "ASP.NET, Node.js, CI/CD, Git/GitHub/GitLab, HTTPS"));
    }

    [Fact]
    public void AnAllCapsFormOfAnAmbiguousAliasMatchesAndStaysAmbiguous()
    {
        var java = Assert.Single(Real.Match("JAVA, SQL"), m => m.TargetId == "java");
        Assert.True(java.Ambiguous);
        Assert.DoesNotContain(Real.Match("JaVa"), m => m.TargetId == "java");
    }
}
