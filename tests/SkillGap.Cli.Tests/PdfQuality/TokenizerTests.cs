using SkillGap.Cli.PdfQuality;

namespace SkillGap.Cli.Tests.PdfQuality;

/// <summary>pdf-quality's tokens: the same words whichever side broke a hyphenated word at a line end.</summary>
public sealed class TokenizerTests
{
    [Theory]
    [InlineData("on-\ncall rotation", "on-call rotation")]
    [InlineData("Cloud-\nFront", "CloudFront")]
    [InlineData("devel-\n  oping", "developing")]
    [InlineData("network-focused", "network-\nfocused")]
    public void AHyphenBetweenLettersScoresTheSameBrokenOrWhole(string oneSide, string otherSide)
    {
        Assert.Equal(Tokenizer.Tokens(otherSide), Tokenizer.Tokens(oneSide));
    }

    [Fact]
    public void AHyphenBeforeASpaceOrBetweenDigitsStillSeparates()
    {
        Assert.Equal(["pre", "and", "post", "2016", "2018"], Tokenizer.Tokens("Pre- and post 2016-2018"));
    }

    [Fact]
    public void LigatureCharactersAreSpelledOut()
    {
        Assert.Equal(["findings", "office"], Tokenizer.Tokens("\uFB01ndings o\uFB03ce"));
    }
}
