using SkillGap.Pdf.Structure;

namespace SkillGap.Pdf.Layout;

/// <summary>
/// Superscripts and subscripts (footnote marks, "1st", "CO₂") sit on their own baseline in a smaller size; they
/// belong to the line they decorate, not to a line of their own.
/// </summary>
internal static class ScriptMerger
{
    private const double SmallerRatio = 0.9;
    private const double MaxShiftRatio = 0.45;

    // Marks and indices are short; a longer run in a small size is a line of its own (a caption, a subtitle).
    private const int MaxScriptChars = 12;

    public static List<LineFragment> Merge(List<LineFragment> fragments, ReadBudget? budget = null)
    {
        var absorbed = new HashSet<LineFragment>();
        foreach (LineFragment script in fragments.OrderBy(f => f.FontSize))
        {
            if (absorbed.Contains(script) || script.CharCount > MaxScriptChars)
            {
                continue;
            }

            budget?.Spend(fragments.Count);
            LineFragment? host = FindHost(fragments, absorbed, script);
            if (host is not null)
            {
                host.Absorb(script);
                absorbed.Add(script);
            }
        }

        return absorbed.Count == 0 ? fragments : fragments.Where(f => !absorbed.Contains(f)).ToList();
    }

    private static LineFragment? FindHost(List<LineFragment> fragments, HashSet<LineFragment> absorbed, LineFragment script)
    {
        LineFragment? best = null;
        double bestShift = double.MaxValue;
        foreach (LineFragment candidate in fragments)
        {
            if (candidate == script || absorbed.Contains(candidate) || script.FontSize > SmallerRatio * candidate.FontSize)
            {
                continue;
            }

            double shift = Math.Abs(script.Baseline - candidate.Baseline);
            double reach = 0.5 * candidate.FontSize;
            bool beside = script.Left >= candidate.Left - reach && script.Left <= candidate.Right + reach;
            if (shift > 0 && shift <= MaxShiftRatio * candidate.FontSize && beside && shift < bestShift)
            {
                best = candidate;
                bestShift = shift;
            }
        }

        return best;
    }
}
