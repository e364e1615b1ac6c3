using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Fonts;

internal static class PdfFontFactory
{
    /// <summary>
    /// Builds a font from its dictionary. Never throws for a bad font: falls back (standard encoding, default widths)
    /// and reports through <see cref="IPdfObjectResolver.Warn"/>.
    /// </summary>
    public static PdfFont Create(PdfDictionary fontDictionary, IPdfObjectResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(fontDictionary);
        ArgumentNullException.ThrowIfNull(resolver);
        throw new NotImplementedException("Fonts are being written; see Fonts/.");
    }
}
