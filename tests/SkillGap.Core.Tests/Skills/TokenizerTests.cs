using SkillGap.Core.Skills;

namespace SkillGap.Core.Tests.Skills;

public class TokenizerTests
{
    private static List<string> Words(string text) => Tokenizer.Tokenize(text).Where(t => t.IsWord).Select(t => t.Text).ToList();

    [Theory]
    [InlineData("C#", "C#")]
    [InlineData("C++", "C++")]
    [InlineData(".NET", ".NET")]
    [InlineData("ASP.NET", "ASP.NET")]
    [InlineData("Node.js", "Node.js")]
    [InlineData("k8s", "k8s")]
    [InlineData("F#", "F#")]
    public void KeepsTechnicalNamesWhole(string text, string expected) =>
        Assert.Equal([expected], Words($"Worked with {text} daily")[2..3]);

    [Fact]
    public void SplitsCiCdAndAzCodesIntoMatchableParts()
    {
        var tokens = Tokenizer.Tokenize("CI/CD and AZ-104");
        Assert.Equal(["ci", "/", "cd", "and", "az", "-", "104"], tokens.Select(t => t.Normalized));
    }

    [Fact]
    public void SeparatesSentenceFullStopFromTheWord()
    {
        Assert.Equal(["Ran", "Kubernetes"], Words("Ran Kubernetes."));
        Assert.Equal(".", Tokenizer.Tokenize("Ran Kubernetes.")[^1].Text);
    }

    [Fact]
    public void NormalisesEveryKindOfDashToHyphen()
    {
        var marks = Tokenizer.Tokenize("a – b — c ‑ d").Where(t => !t.IsWord).Select(t => t.Normalized).Distinct();
        Assert.Equal(["-"], marks);
    }

    [Fact]
    public void TokenOffsetsPointBackIntoTheText()
    {
        const string text = "  Deployed .NET 8 apps on k8s, via GitHub Actions.";
        foreach (var token in Tokenizer.Tokenize(text))
        {
            Assert.Equal(token.Text, text.Substring(token.Start, token.Length));
        }
    }

    [Fact]
    public void SoftHyphenInsideAWordIsInvisibleToMatching()
    {
        var token = Assert.Single(Tokenizer.Tokenize("Kuber\u00ADnetes"));
        Assert.Equal("kubernetes", token.Normalized);
    }
}
