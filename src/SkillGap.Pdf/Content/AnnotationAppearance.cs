using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Content;

/// <summary>An annotation's normal appearance (a form XObject) and the matrix that fits its box onto the annotation's /Rect.</summary>
internal sealed record AnnotationAppearance(PdfStream Form, Matrix Placement);
