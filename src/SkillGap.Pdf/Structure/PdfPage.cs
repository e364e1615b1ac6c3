using SkillGap.Pdf.Content;
using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Structure;

/// <summary>One page with its inherited attributes resolved (§7.7.3.4).</summary>
internal sealed class PdfPage(PdfDictionary dictionary, PdfDictionary resources, PageBox mediaBox, PageBox cropBox, int rotate)
{
    public PdfDictionary Dictionary { get; } = dictionary;

    public PdfDictionary Resources { get; } = resources;

    public PageBox MediaBox { get; } = mediaBox;

    /// <summary>The visible region: the crop box clipped to the media box.</summary>
    public PageBox CropBox { get; } = cropBox;

    /// <summary>Clockwise rotation for display: 0, 90, 180 or 270.</summary>
    public int Rotate { get; } = rotate;

    public double DisplayWidth => Rotate is 90 or 270 ? CropBox.Height : CropBox.Width;

    public double DisplayHeight => Rotate is 90 or 270 ? CropBox.Width : CropBox.Height;

    /// <summary>Maps default user space to displayed-page space (crop box origin removed, rotated, y pointing down).</summary>
    public Matrix DisplayMatrix
    {
        get
        {
            double w = CropBox.Width;
            double h = CropBox.Height;
            var toOrigin = Matrix.Translation(-CropBox.Left, -CropBox.Bottom);
            var orient = Rotate switch
            {
                90 => new Matrix(0, 1, 1, 0, 0, 0),
                180 => new Matrix(-1, 0, 0, 1, w, 0),
                270 => new Matrix(0, -1, -1, 0, h, w),
                _ => new Matrix(1, 0, 0, -1, 0, h),
            };
            return toOrigin.Multiply(orient);
        }
    }
}

internal readonly record struct PageBox(double Left, double Bottom, double Right, double Top)
{
    public static PageBox Letter { get; } = new(0, 0, 612, 792);

    public double Width => Right - Left;

    public double Height => Top - Bottom;

    /// <summary>A page box: degenerate ones (under a point wide or high) count as missing.</summary>
    public static PageBox? FromArray(PdfArray? array, IPdfObjectResolver resolver) =>
        Parse(array, resolver) is { Width: >= 1, Height: >= 1 } box ? box : null;

    /// <summary>Any rectangle [x1 y1 x2 y2], corners in either order; null unless four finite numbers.</summary>
    public static PageBox? Parse(PdfArray? array, IPdfObjectResolver resolver)
    {
        if (array is not { Count: >= 4 })
        {
            return null;
        }

        var values = new double[4];
        for (int i = 0; i < 4; i++)
        {
            if (resolver.Resolve(array[i]) is not PdfNumber number || !double.IsFinite(number.Value))
            {
                return null;
            }

            values[i] = number.Value;
        }

        return new PageBox(Math.Min(values[0], values[2]), Math.Min(values[1], values[3]), Math.Max(values[0], values[2]), Math.Max(values[1], values[3]));
    }

    public PageBox ClipTo(PageBox outer)
    {
        var clipped = new PageBox(Math.Max(Left, outer.Left), Math.Max(Bottom, outer.Bottom), Math.Min(Right, outer.Right), Math.Min(Top, outer.Top));
        return clipped.Width >= 1 && clipped.Height >= 1 ? clipped : outer;
    }
}
