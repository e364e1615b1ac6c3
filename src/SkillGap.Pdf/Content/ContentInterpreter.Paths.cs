namespace SkillGap.Pdf.Content;

/// <summary>Path construction, tracked only far enough to know the clip box (§8.5).</summary>
internal sealed partial class ContentInterpreter
{
    private void AddPathPoints(double[] coordinates)
    {
        var toDisplay = _state.Ctm.Multiply(_display);
        for (int i = 0; i + 1 < coordinates.Length; i += 2)
        {
            _path.Add(toDisplay, coordinates[i], coordinates[i + 1]);
        }
    }

    /// <summary>The four corners of an "re" rectangle, in the order its path visits them.</summary>
    private void AddRectangle(double x, double y, double width, double height)
    {
        var toDisplay = _state.Ctm.Multiply(_display);
        _path.Add(toDisplay, x, y);
        _path.Add(toDisplay, x + width, y + height);
        _path.Add(toDisplay, x, y + height);
        _path.Add(toDisplay, x + width, y);
    }

    /// <summary>A path-ending operator: if W or W* came before it, the path's box narrows the clip (§8.5.4).</summary>
    private void EndPath()
    {
        var box = _path.Take();
        if (_clipPending && box is { } clip)
        {
            _state.Clip = _state.Clip is { } current ? current.Intersect(clip) : clip;
        }

        _clipPending = false;
    }
}
