using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Structure;

/// <summary>
/// Where each object lives, merged over incremental updates. Sections are added newest first and the first
/// entry for an object wins; trailer keys merge the same way.
/// </summary>
internal sealed class CrossReference
{
    private readonly Dictionary<string, PdfObject> _trailer = [];

    public Dictionary<int, XrefEntry> Entries { get; } = [];

    public PdfDictionary Trailer => new(_trailer);

    public bool IsRepaired { get; init; }

    public void AddIfAbsent(int objectNumber, XrefEntry entry) => Entries.TryAdd(objectNumber, entry);

    public void MergeTrailer(PdfDictionary trailer)
    {
        foreach (var (key, value) in trailer.Entries)
        {
            _trailer.TryAdd(key, value);
        }
    }

    public void SetTrailerEntry(string key, PdfObject value) => _trailer[key] = value;
}
