using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SkillGap.Core.Documents;

/// <summary>What a paragraph style contributes to layout hints: heading level and boldness, following basedOn.</summary>
internal sealed class DocxStyles
{
    private readonly Dictionary<string, Style> _byId;

    private DocxStyles(Dictionary<string, Style> byId) => _byId = byId;

    public static DocxStyles From(MainDocumentPart main)
    {
        var styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [];
        var byId = new Dictionary<string, Style>(StringComparer.OrdinalIgnoreCase);
        foreach (var style in styles)
        {
            if (style.StyleId?.Value is { } id)
            {
                byId.TryAdd(id, style);
            }
        }

        return new DocxStyles(byId);
    }

    public int HeadingLevel(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var name = style.StyleName?.Val?.Value ?? style.StyleId?.Value ?? "";
            if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }

            if (name.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(name.AsSpan(7).Trim(), out var level) && level is >= 1 and <= 9)
            {
                return Math.Min(level, 3);
            }

            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
            {
                return Math.Min(outline + 1, 3);
            }
        }

        return 0;
    }

    public bool IsBold(string? styleId) =>
        Chain(styleId).Select(s => s.StyleRunProperties?.Bold).FirstOrDefault(b => b is not null) is { } bold
        && (bold.Val is null || bold.Val.Value);

    // basedOn chains are short in practice; the cap guards against cycles in hostile files.
    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var hops = 0; styleId is not null && hops < 10 && _byId.TryGetValue(styleId, out var style); hops++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
