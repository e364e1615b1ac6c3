namespace SkillGap.Pdf.Structure;

internal enum XrefEntryKind
{
    InFile,
    Compressed,
}

/// <param name="Location">Byte offset for <see cref="XrefEntryKind.InFile"/>; the object stream's number for <see cref="XrefEntryKind.Compressed"/>.</param>
/// <param name="Generation">Generation number, or the index inside the object stream.</param>
internal readonly record struct XrefEntry(XrefEntryKind Kind, long Location, int Generation);
