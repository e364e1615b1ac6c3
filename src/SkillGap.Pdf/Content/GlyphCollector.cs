using SkillGap.Pdf.Text;

namespace SkillGap.Pdf.Content;

/// <summary>
/// Receives shown glyphs in order and applies marked-content /ActualText (§14.9.4): glyphs inside such a span are
/// replaced by one glyph carrying the replacement text, placed where the first of them was.
/// </summary>
internal sealed class GlyphCollector
{
    private const int MaxMarkedContentDepth = 256;

    private readonly GlyphBuffer _glyphs;
    private readonly List<(string? ActualText, bool Hidden)> _markedContent = [];
    private int _hiddenDepth;
    private int _ignoredMarkedContent;
    private int _actualTextDepth = -1;
    private PositionedGlyph? _spanFirst;
    private double _spanAdvance;
    private int _sequence;

    /// <param name="glyphs">Where shown glyphs go; emptied first, so a caller can lend the same buffer page after page.</param>
    public GlyphCollector(GlyphBuffer? glyphs = null)
    {
        _glyphs = glyphs ?? new GlyphBuffer();
        _glyphs.Clear();
    }

    public GlyphBuffer Glyphs => _glyphs;

    public void BeginMarkedContent(string? actualText, bool hidden = false)
    {
        if (_markedContent.Count >= MaxMarkedContentDepth)
        {
            _ignoredMarkedContent++;
            return;
        }

        _markedContent.Add((actualText, hidden));
        _hiddenDepth += hidden ? 1 : 0;
        if (actualText is not null && _actualTextDepth < 0)
        {
            _actualTextDepth = _markedContent.Count - 1;
            _spanFirst = null;
            _spanAdvance = 0;
        }
    }

    public void EndMarkedContent()
    {
        if (_ignoredMarkedContent > 0)
        {
            _ignoredMarkedContent--;
            return;
        }

        if (_markedContent.Count == 0)
        {
            return;
        }

        int depth = _markedContent.Count - 1;
        var (text, hidden) = _markedContent[depth];
        _markedContent.RemoveAt(depth);
        _hiddenDepth -= hidden ? 1 : 0;
        if (depth != _actualTextDepth)
        {
            return;
        }

        _actualTextDepth = -1;
        if (_spanFirst is { } first && text!.Length > 0)
        {
            _glyphs.Add(first with
            {
                Text = text,
                Advance = _spanAdvance,
                IsSpace = string.IsNullOrWhiteSpace(text),
                Sequence = _sequence++,
            });
        }
    }

    public void Add(PositionedGlyph glyph)
    {
        if (_hiddenDepth > 0)
        {
            glyph = glyph with { Invisible = true };
        }

        if (_actualTextDepth >= 0)
        {
            _spanFirst ??= glyph;
            _spanAdvance += glyph.Advance;
            return;
        }

        _glyphs.Add(glyph with { Sequence = _sequence++ });
    }
}
