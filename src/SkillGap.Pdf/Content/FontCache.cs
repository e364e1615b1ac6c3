using SkillGap.Pdf.Fonts;
using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Content;

internal sealed record LoadedFont(PdfFont Font, int Id, double HeightScale);

/// <summary>
/// Builds each font dictionary once per document and numbers it. A font that fails to build is replaced by
/// <see cref="FallbackFont"/> with a warning, so one bad font never costs the page.
/// </summary>
internal sealed class FontCache(IPdfObjectResolver resolver, Func<PdfDictionary, IPdfObjectResolver, PdfFont> factory)
{
    private readonly Dictionary<PdfDictionary, LoadedFont> _fonts = new(ReferenceEqualityComparer.Instance);
    private readonly IPdfObjectResolver _resolver = resolver;
    private readonly Func<PdfDictionary, IPdfObjectResolver, PdfFont> _factory = factory;

    public LoadedFont? Find(PdfDictionary resources, string name)
    {
        if (_resolver.GetDictionary(resources, "Font") is not { } fonts || _resolver.Resolve(fonts[name]) is not PdfDictionary dictionary)
        {
            return null;
        }

        if (_fonts.TryGetValue(dictionary, out var loaded))
        {
            return loaded;
        }

        PdfFont font;
        try
        {
            font = _factory(dictionary, _resolver);
        }
        catch (Exception exception) when (exception is not (PdfBudgetExceededException or OperationCanceledException))
        {
            _resolver.Warn("A font could not be read; its text was decoded as plain Latin-1.");
            font = FallbackFont.Instance;
        }

        loaded = new LoadedFont(font, _fonts.Count, HeightScale(font, dictionary));
        _fonts[dictionary] = loaded;
        return loaded;
    }

    /// <summary>Type 3 glyphs are drawn in their own space; their height per unit of font size comes from FontMatrix and FontBBox.</summary>
    private double HeightScale(PdfFont font, PdfDictionary dictionary)
    {
        if (font.FontMatrix is not { Length: >= 4 } matrix)
        {
            return 1;
        }

        double scale = Math.Abs(matrix[3]);
        if (_resolver.GetArray(dictionary, "FontBBox") is { Count: >= 4 } box
            && _resolver.Resolve(box[1]) is PdfNumber bottom && _resolver.Resolve(box[3]) is PdfNumber top && top.Value - bottom.Value > 0)
        {
            scale *= top.Value - bottom.Value;
        }
        else
        {
            scale *= 1000;
        }

        // Near 1 the font follows the usual convention (Tf is the size: pdfTeX's bitmap fonts, most producers), and the box
        // only measures the ink of the glyphs this subset holds, which differs by ±10 % between a heading and a body font.
        // Only a scale far from 1 says the font draws at another size than its Tf.
        return scale is > 0.05 and < 20 and not (>= 0.7 and <= 1.4) ? scale : 1;
    }
}
