namespace SkillGap.Pdf.Content;

/// <summary>
/// An axis-aligned box in displayed-page space (y down). Clipping is tracked as the bounding box of each clip path:
/// never smaller than the real clip, so only text that is certainly clipped away is treated as hidden.
/// </summary>
internal readonly record struct ClipBox(double Left, double Top, double Right, double Bottom)
{
    public ClipBox Intersect(ClipBox other) => new(
        Math.Max(Left, other.Left),
        Math.Max(Top, other.Top),
        Math.Min(Right, other.Right),
        Math.Min(Bottom, other.Bottom));

    public bool Overlaps(double left, double top, double right, double bottom, double tolerance) =>
        right >= Left - tolerance && left <= Right + tolerance && bottom >= Top - tolerance && top <= Bottom + tolerance;
}
