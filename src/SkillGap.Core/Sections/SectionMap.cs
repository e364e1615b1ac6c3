namespace SkillGap.Core.Sections;

/// <summary>The section of every line of a document, by line index.</summary>
public sealed class SectionMap(SectionKind[] kinds, bool[] headings)
{
    public SectionKind KindOf(int lineIndex) => kinds[lineIndex];

    public bool IsHeading(int lineIndex) => headings[lineIndex];

    public int Count => kinds.Length;

    /// <summary>Lines here describe the person's life, not their skills.</summary>
    public static bool CountsAsSkillEvidence(SectionKind kind) => kind is not (SectionKind.Interests or SectionKind.References);
}
