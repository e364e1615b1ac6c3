using SkillGap.Pdf.Structure;
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
    public static bool AnyVisible(IReadOnlyList<PositionedGlyph> glyphs)
    {
        foreach (PositionedGlyph glyph in glyphs)
        {
            if (!glyph.Invisible && !string.IsNullOrWhiteSpace(glyph.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="glyph">A glyph of the page.</param>
    /// <param name="anyVisible">What <see cref="AnyVisible"/> says of the page.</param>
    public static bool IsReadable(in PositionedGlyph glyph, bool anyVisible) =>
        glyph.Text is not null && (!anyVisible || !glyph.Invisible) && IsUsable(glyph);

    /// <summary>
    /// Fake bold draws the same glyph two or more times, shifted by a fraction of a point. The first copy stays and is
    /// marked bold; later copies of the same text at nearly the same place are dropped. A copy must be a whole drawn
    /// run (a glyph, a word, a line): text that overflows a table cell onto its neighbour can put the same letters on
    /// the same spot by chance ("Engineer" under "inmobi"), and those stay.
    /// </summary>
    /// <param name="glyphs">Glyphs in drawing order.</param>
    public static List<LocalGlyph> RemoveFakeBold(List<LocalGlyph> glyphs, ReadBudget? budget = null)
    {
        // Glyphs grouped by text as runs of one index array (a counting sort), instead of a list per text.
        var groupOfText = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupOf = new int[glyphs.Count];
        var groupSizes = new List<int>();
        for (int i = 0; i < glyphs.Count; i++)
        {
            if (glyphs[i].IsSpace)
            {
                groupOf[i] = -1;
                continue;
            }

            if (!groupOfText.TryGetValue(glyphs[i].Text, out int group))
            {
                group = groupSizes.Count;
                groupOfText[glyphs[i].Text] = group;
                groupSizes.Add(0);
            }

            groupOf[i] = group;
            groupSizes[group]++;
        }

        var groupStart = new int[groupSizes.Count + 1];
        for (int g = 0; g < groupSizes.Count; g++)
        {
            groupStart[g + 1] = groupStart[g] + groupSizes[g];
        }

        var members = new int[groupStart[^1]];
        var filled = new int[groupSizes.Count];
        for (int i = 0; i < glyphs.Count; i++)
        {
            if (groupOf[i] >= 0)
            {
                members[groupStart[groupOf[i]] + filled[groupOf[i]]++] = i;
            }
        }

        var u = new double[glyphs.Count];
        for (int i = 0; i < glyphs.Count; i++)
        {
            u[i] = glyphs[i].U;
        }

        // Sorting by a key array takes the runtime's comparer-free path; it orders ties exactly as sorting the
        // indexes with a comparison of their U would.
        var keys = new double[members.Length];
        for (int k = 0; k < members.Length; k++)
        {
            keys[k] = u[members[k]];
        }

        for (int g = 0; g < groupSizes.Count; g++)
        {
            if (groupSizes[g] >= 2)
            {
                Array.Sort(keys, members, groupStart[g], groupSizes[g]);
            }
        }

        var copies = new FakeBoldCopies(glyphs, groupOf, groupStart, members);
        var removed = new bool[glyphs.Count];
        bool anyRemoved = false;
        for (int g = 0; g < groupSizes.Count; g++)
        {
            if (groupSizes[g] < 2)
            {
                continue;
            }

            Span<int> indexes = members.AsSpan(groupStart[g], groupSizes[g]);
            for (int i = 0; i < indexes.Length; i++)
            {
                LocalGlyph first = glyphs[indexes[i]];
                if (removed[indexes[i]])
                {
                    continue;
                }

                double tolerance = 0.15 * first.FontSize;
                for (int j = i + 1; j < indexes.Length && u[indexes[j]] - first.U <= tolerance; j++)
                {
                    budget?.Spend(1);
                    LocalGlyph other = glyphs[indexes[j]];
                    if (removed[indexes[j]] || Math.Abs(other.V - first.V) > tolerance || Math.Abs(other.FontSize - first.FontSize) > tolerance
                        || !copies.AreCopies(indexes[i], indexes[j]))
                    {
                        continue;
                    }

                    // Keep whichever copy the content stream drew first, so the sequence order stays natural.
                    int drop = other.Sequence >= first.Sequence ? indexes[j] : indexes[i];
                    int keep = drop == indexes[j] ? indexes[i] : indexes[j];
                    removed[drop] = true;
                    anyRemoved = true;
                    glyphs[keep].Bold = true;
                    if (drop == indexes[i])
                    {
                        break;
                    }
                }
            }
        }

        if (!anyRemoved)
        {
            return glyphs;
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

    private static bool IsUsable(in PositionedGlyph glyph) =>
        double.IsFinite(glyph.X) && double.IsFinite(glyph.Y) && Math.Abs(glyph.X) < 1e6 && Math.Abs(glyph.Y) < 1e6;
}
