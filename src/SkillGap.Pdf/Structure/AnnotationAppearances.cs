using SkillGap.Pdf.Content;
using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Structure;

/// <summary>
/// Finds the visible appearance streams of a page's annotations (§12.5.5): filled-in form fields and free-text notes
/// carry text that is part of what a reader sees. Hidden, no-view, popup and link annotations are left out.
/// </summary>
internal static class AnnotationAppearances
{
    private const int MaxAnnotations = 1000;
    private const int HiddenFlag = 2;
    private const int NoViewFlag = 32;

    public static List<AnnotationAppearance> Read(PdfPage page, IPdfObjectResolver resolver, OptionalContent? optionalContent = null)
    {
        var result = new List<AnnotationAppearance>();
        foreach (var item in resolver.GetArray(page.Dictionary, "Annots")?.Items.Take(MaxAnnotations) ?? [])
        {
            if (resolver.Resolve(item) is not PdfDictionary annotation
                || resolver.GetName(annotation, "Subtype") is "Popup" or "Link"
                || ((int)(resolver.GetNumber(annotation, "F") ?? 0) & (HiddenFlag | NoViewFlag)) != 0
                || (optionalContent?.IsHidden(annotation["OC"]) ?? false)
                || Appearance(annotation, resolver) is not { } form
                || PageBox.Parse(resolver.GetArray(annotation, "Rect"), resolver) is not { } rect)
            {
                continue;
            }

            result.Add(new AnnotationAppearance(form, Placement(form, rect, resolver)));
        }

        return result;
    }

    private static PdfStream? Appearance(PdfDictionary annotation, IPdfObjectResolver resolver)
    {
        var normal = resolver.GetDictionary(annotation, "AP") is { } appearances ? resolver.Resolve(appearances["N"]) : null;
        return normal switch
        {
            PdfStream stream => stream,
            PdfDictionary states when resolver.GetName(annotation, "AS") is { } state => resolver.Resolve(states[state]) as PdfStream,
            _ => null,
        };
    }

    /// <summary>Maps the form's bounding box, after its own /Matrix, onto the annotation rectangle.</summary>
    private static Matrix Placement(PdfStream form, PageBox rect, IPdfObjectResolver resolver)
    {
        var box = PageBox.Parse(resolver.GetArray(form.Dictionary, "BBox"), resolver) ?? rect;
        var matrix = resolver.GetArray(form.Dictionary, "Matrix") is { Count: 6 } m && m.Items.All(i => resolver.Resolve(i) is PdfNumber)
            ? new Matrix(Number(m[0]), Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]))
            : Matrix.Identity;
        var corners = new[] { matrix.Transform(box.Left, box.Bottom), matrix.Transform(box.Right, box.Bottom), matrix.Transform(box.Left, box.Top), matrix.Transform(box.Right, box.Top) };
        double left = corners.Min(c => c.X);
        double bottom = corners.Min(c => c.Y);
        double width = corners.Max(c => c.X) - left;
        double height = corners.Max(c => c.Y) - bottom;
        double scaleX = width > 0 ? rect.Width / width : 1;
        double scaleY = height > 0 ? rect.Height / height : 1;
        return new Matrix(scaleX, 0, 0, scaleY, rect.Left - (left * scaleX), rect.Bottom - (bottom * scaleY));

        double Number(PdfObject value) => ((PdfNumber)resolver.Resolve(value)).Value;
    }
}
