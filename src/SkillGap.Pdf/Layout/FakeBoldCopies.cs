namespace SkillGap.Pdf.Layout;

/// <summary>
/// Decides whether two equal glyphs at nearly the same place are copies drawn to fake bold. Fake bold repeats whole
/// runs (each glyph, each word or each line twice), so every letter that carries the word on beside one copy has a
/// twin at the same offset too. Two texts that overlap by chance (a table cell overflowing onto the next: "in" of
/// "Engineer" under "in" of "inmobi") share a letter or two, but the letters around them have no twins.
/// </summary>
/// <param name="glyphs">Glyphs in drawing order.</param>
/// <param name="groupOf">For each glyph, the group of glyphs with its text (-1 for spaces).</param>
/// <param name="groupStart">Where each group's run starts in <paramref name="members"/>; one more entry marks the end.</param>
/// <param name="members">Glyph indexes, group by group; each run of two or more sorted by position along the line.</param>
internal sealed class FakeBoldCopies(List<LocalGlyph> glyphs, int[] groupOf, int[] groupStart, int[] members)
{
    /// <summary>Twins sit at the same offset from one another as the pair, up to this share of the font size.</summary>
    private const double OffsetToleranceRatio = 0.05;

    /// <summary>Glyphs on one baseline closer than this share of the font size belong to one word.</summary>
    private const double ContinuationRatio = WordSplitter.WordGapRatio;

    public bool AreCopies(int first, int second)
    {
        double du = glyphs[second].U - glyphs[first].U;
        double dv = glyphs[second].V - glyphs[first].V;
        return NeighboursHaveTwins(first, du, dv) && NeighboursHaveTwins(second, -du, -dv);
    }

    private bool NeighboursHaveTwins(int index, double du, double dv)
    {
        LocalGlyph glyph = glyphs[index];
        if (index > 0 && Continues(glyphs[index - 1], glyph) && !HasTwin(index - 1, du, dv))
        {
            return false;
        }

        return index + 1 >= glyphs.Count || !Continues(glyph, glyphs[index + 1]) || HasTwin(index + 1, du, dv);
    }

    /// <summary>A glyph with the same text sits at the offset, or at the opposite one (the twin drawn before it).</summary>
    private bool HasTwin(int index, double du, double dv)
    {
        LocalGlyph glyph = glyphs[index];
        int group = groupOf[index];
        if (group < 0)
        {
            return false;
        }

        ReadOnlySpan<int> candidates = members.AsSpan(groupStart[group], groupStart[group + 1] - groupStart[group]);
        double tolerance = OffsetToleranceRatio * glyph.FontSize;
        return HasGlyphAt(candidates, index, glyph.U + du, glyph.V + dv, tolerance)
            || HasGlyphAt(candidates, index, glyph.U - du, glyph.V - dv, tolerance);
    }

    private bool HasGlyphAt(ReadOnlySpan<int> candidates, int except, double u, double v, double tolerance)
    {
        int low = 0, high = candidates.Length;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (glyphs[candidates[middle]].U < u - tolerance)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (int i = low; i < candidates.Length && glyphs[candidates[i]].U <= u + tolerance; i++)
        {
            if (candidates[i] != except && Math.Abs(glyphs[candidates[i]].V - v) <= tolerance)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="next"/> is a printing glyph on the same baseline that starts where <paramref name="glyph"/> ends.</summary>
    private static bool Continues(LocalGlyph glyph, LocalGlyph next)
    {
        if (glyph.IsSpace || next.IsSpace)
        {
            return false;
        }

        double em = Math.Min(glyph.FontSize, next.FontSize);
        double gap = next.U - glyph.Right;
        return Math.Abs(next.V - glyph.V) <= 0.25 * em && Math.Abs(gap) <= ContinuationRatio * em;
    }
}
