namespace SkillGap.Pdf.Content;

/// <summary>Accumulates the bounding box of the path under construction, in displayed-page space.</summary>
internal sealed class PathBounds
{
    private double _left = double.PositiveInfinity;
    private double _top = double.PositiveInfinity;
    private double _right = double.NegativeInfinity;
    private double _bottom = double.NegativeInfinity;

    public void Add(Matrix toDisplay, double x, double y)
    {
        var (px, py) = toDisplay.Transform(x, y);
        if (!double.IsFinite(px) || !double.IsFinite(py))
        {
            return;
        }

        _left = Math.Min(_left, px);
        _right = Math.Max(_right, px);
        _top = Math.Min(_top, py);
        _bottom = Math.Max(_bottom, py);
    }

    /// <summary>The box of the path so far (null for an empty path), and a fresh start for the next path.</summary>
    public ClipBox? Take()
    {
        ClipBox? box = _left <= _right ? new ClipBox(_left, _top, _right, _bottom) : null;
        _left = _top = double.PositiveInfinity;
        _right = _bottom = double.NegativeInfinity;
        return box;
    }
}
