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

    /// <summary>Entries beyond this are refused: a table may declare millions of objects that a resume never has.</summary>
    public int MaxEntries { get; init; } = int.MaxValue;

    public void AddIfAbsent(int objectNumber, XrefEntry entry)
    {
        if (Entries.Count >= MaxEntries && !Entries.ContainsKey(objectNumber))
        {
            throw new PdfBudgetExceededException("The PDF has more objects than a resume should.");
        }

        Entries.TryAdd(objectNumber, entry);
    }

    public void MergeTrailer(PdfDictionary trailer)
    {
        foreach (var (key, value) in trailer.Entries)
        {
            _trailer.TryAdd(key, value);
        }
    }

    public void SetTrailerEntry(string key, PdfObject value) => _trailer[key] = value;
}
