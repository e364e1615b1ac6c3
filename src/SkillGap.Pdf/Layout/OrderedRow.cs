namespace SkillGap.Pdf.Layout;

/// <summary>Fragments that are read as one line (left to right), and the region (column piece) they were read in.</summary>
internal sealed record OrderedRow(List<LineFragment> Parts, int Region)
{
    public double Top => Parts.Min(p => p.Top);

    public double Bottom => Parts.Max(p => p.Bottom);

    public double Left => Parts.Min(p => p.Left);

    public double Right => Parts.Max(p => p.Right);
}
