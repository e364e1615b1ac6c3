using SkillGap.Pdf.Text;

namespace SkillGap.Pdf.Layout;

/// <summary>Removes glyphs a reader would not see, and the extra copies producers draw to fake a bold face.</summary>
internal static class GlyphCleanup
{
    /// <summary>
    /// Invisible text (render mode 3, clipped away) is read only when the page has no visible text at all: that is an
    /// OCR layer over a scan, the only text the page has. Beside visible text, invisible text is a hidden duplicate or
    /// keyword stuffing aimed at screening software, and a human reader of the resume never sees it.
    /// </summary>
    public static List<PositionedGlyph> SelectReadable(IReadOnlyList<PositionedGlyph> glyphs)
    {
        bool anyVisible = false;
        foreach (PositionedGlyph glyph in glyphs)
        {
            if (!glyph.Invisible && !string.IsNullOrWhiteSpace(glyph.Text))
            {
                anyVisible = true;
                break;
            }
        }

        var readable = new List<PositionedGlyph>(glyphs.Count);
        foreach (PositionedGlyph glyph in glyphs)
        {
            if (glyph.Text is not null && (!anyVisible || !glyph.Invisible) && IsUsable(glyph))
            {
                readable.Add(glyph);
            }
        }

        return readable;
    }

    /// <summary>
    /// Fake bold draws the same glyph two or more times, shifted by a fraction of a point. The first copy stays and is
    /// marked bold; later copies of the same text at nearly the same place are dropped.
    /// </summary>
    public static List<LocalGlyph> RemoveFakeBold(List<LocalGlyph> glyphs)
    {
        var byText = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < glyphs.Count; i++)
        {
            if (glyphs[i].IsSpace)
            {
                continue;
            }

            if (!byText.TryGetValue(glyphs[i].Text, out List<int>? indexes))
            {
                indexes = [];
                byText[glyphs[i].Text] = indexes;
            }

            indexes.Add(i);
        }

        var removed = new bool[glyphs.Count];
        foreach (List<int> indexes in byText.Values)
        {
            if (indexes.Count < 2)
            {
                continue;
            }

            indexes.Sort((a, b) => glyphs[a].U.CompareTo(glyphs[b].U));
            for (int i = 0; i < indexes.Count; i++)
            {
                LocalGlyph first = glyphs[indexes[i]];
                if (removed[indexes[i]])
                {
                    continue;
                }

                double tolerance = 0.15 * first.FontSize;
                for (int j = i + 1; j < indexes.Count && glyphs[indexes[j]].U - first.U <= tolerance; j++)
                {
                    LocalGlyph other = glyphs[indexes[j]];
                    if (removed[indexes[j]] || Math.Abs(other.V - first.V) > tolerance || Math.Abs(other.FontSize - first.FontSize) > tolerance)
                    {
                        continue;
                    }

                    // Keep whichever copy the content stream drew first, so the sequence order stays natural.
                    int drop = other.Sequence >= first.Sequence ? indexes[j] : indexes[i];
                    int keep = drop == indexes[j] ? indexes[i] : indexes[j];
                    removed[drop] = true;
                    glyphs[keep].Bold = true;
                    if (drop == indexes[i])
                    {
                        break;
                    }
                }
            }
        }

        var kept = new List<LocalGlyph>(glyphs.Count);
        for (int i = 0; i < glyphs.Count; i++)
        {
            if (!removed[i])
            {
                kept.Add(glyphs[i]);
            }
        }

        return kept;
    }

    private static bool IsUsable(PositionedGlyph glyph) =>
        double.IsFinite(glyph.X) && double.IsFinite(glyph.Y) && Math.Abs(glyph.X) < 1e6 && Math.Abs(glyph.Y) < 1e6;
}
