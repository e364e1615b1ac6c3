namespace SkillGap.Pdf.Objects;

internal static class PdfObjectExtensions
{
    public static PdfDictionary? GetDictionary(this IPdfObjectResolver resolver, PdfDictionary dict, string key) =>
        resolver.Resolve(dict[key]) switch
        {
            PdfDictionary d => d,
            PdfStream s => s.Dictionary,
            _ => null,
        };

    public static PdfArray? GetArray(this IPdfObjectResolver resolver, PdfDictionary dict, string key) =>
        resolver.Resolve(dict[key]) as PdfArray;

    public static string? GetName(this IPdfObjectResolver resolver, PdfDictionary dict, string key) =>
        (resolver.Resolve(dict[key]) as PdfName)?.Value;

    public static double? GetNumber(this IPdfObjectResolver resolver, PdfDictionary dict, string key) =>
        (resolver.Resolve(dict[key]) as PdfNumber)?.Value;
}
