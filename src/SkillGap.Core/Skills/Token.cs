namespace SkillGap.Core.Skills;

/// <param name="Start">Offset of the token in the tokenized text.</param>
/// <param name="Text">The token as written.</param>
/// <param name="Normalized">Lower-case form used for case-insensitive matching.</param>
/// <param name="IsWord">Letters/digits (with kept symbols such as C#, C++, .NET, Node.js); false for a punctuation mark.</param>
public readonly record struct Token(int Start, string Text, string Normalized, bool IsWord)
{
    public int Length => Text.Length;

    public int End => Start + Text.Length;
}
