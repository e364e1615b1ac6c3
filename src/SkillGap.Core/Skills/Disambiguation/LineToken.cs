namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>A word (letters and digits) or a single punctuation character, located in its line.</summary>
internal readonly record struct LineToken(int Start, string Text, bool IsWord)
{
    public int End => Start + Text.Length;

    public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);

    public bool IsNumber => IsWord && Text.All(char.IsDigit);
}
