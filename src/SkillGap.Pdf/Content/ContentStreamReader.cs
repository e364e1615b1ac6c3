using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Structure;
using SkillGap.Pdf.Syntax;

namespace SkillGap.Pdf.Content;

/// <summary>
/// Turns content-stream bytes into operations (§7.8.2). Untrusting: operands pile up to a cap, stray tokens are
/// dropped, inline images (BI … ID … EI) are stepped over without being decoded, and malformed nesting ends at the
/// next operator. Every token costs the budget a tick, so a stream of operands that never reach an operator still
/// sees the clock.
/// </summary>
internal sealed class ContentStreamReader(byte[] data, ReadBudget? budget = null)
{
    private const int MaxOperands = 64;
    private const int MaxInlineImageEntries = 64;

    private readonly PdfLexer _lexer = new(data);
    private readonly byte[] _data = data;
    private readonly ReadBudget? _budget = budget;

    public IEnumerable<ContentOperation> ReadAll()
    {
        var parser = new PdfObjectParser(_lexer, allowReferences: false);
        var operands = new List<PdfObject>();
        while (true)
        {
            var token = _lexer.Next();
            if (token.Kind == PdfTokenKind.EndOfInput)
            {
                yield break;
            }

            _budget?.Tick();

            if (token.Kind == PdfTokenKind.Keyword && token.Text is not ("true" or "false" or "null"))
            {
                if (token.Text == "BI")
                {
                    SkipInlineImage(parser);
                    operands.Clear();
                    yield return new ContentOperation("BI", []);
                    continue;
                }

                if (token.Text!.Length > 0 && (char.IsAsciiLetter(token.Text[0]) || token.Text[0] is '\'' or '"'))
                {
                    // One exact-size array per operation; the list that gathers operands is reused.
                    yield return new ContentOperation(token.Text, operands.Count == 0 ? [] : operands.ToArray());
                    operands.Clear();
                }

                continue;
            }

            PdfObject? operand;
            try
            {
                operand = parser.ReadObject(token);
            }
            catch (PdfCorruptException)
            {
                operands.Clear();
                continue;
            }

            if (operand is not null)
            {
                if (operands.Count >= MaxOperands)
                {
                    operands.RemoveAt(0);
                }

                operands.Add(operand);
            }
        }
    }

    private void SkipInlineImage(PdfObjectParser parser)
    {
        var entries = new Dictionary<string, PdfObject>();
        for (int i = 0; i < MaxInlineImageEntries * 2; i++)
        {
            var token = _lexer.Next();
            if (token.Kind == PdfTokenKind.EndOfInput || token.IsKeyword("EI"))
            {
                return;
            }

            if (token.IsKeyword("ID"))
            {
                break;
            }

            if (token.Kind == PdfTokenKind.Name)
            {
                var value = parser.ReadObject();
                if (value is not null)
                {
                    entries[token.Text!] = value;
                }
            }
        }

        // One whitespace byte separates ID from the image data.
        int start = Math.Min(_lexer.Position + 1, _data.Length);
        long? length = entries.TryGetValue("L", out var l) || entries.TryGetValue("Length", out l)
            ? (long)Math.Max(0, (l as PdfNumber)?.Value ?? 0)
            : UnfilteredImageLength(entries);
        _lexer.Position = length is { } known ? SkipPastEi((int)Math.Min(start + known, _data.Length)) : FindEndOfImage(start);
    }

    /// <summary>Raw samples have a computable size (rows × bytes per row); filtered data does not.</summary>
    private static long? UnfilteredImageLength(Dictionary<string, PdfObject> entries)
    {
        long width = Number(entries, "W", "Width") ?? 0;
        long height = Number(entries, "H", "Height") ?? 0;
        if (entries.ContainsKey("F") || entries.ContainsKey("Filter") || width is <= 0 or > 100_000 || height is <= 0 or > 100_000)
        {
            return null;
        }

        bool isMask = (entries.GetValueOrDefault("IM") ?? entries.GetValueOrDefault("ImageMask")) is PdfBoolean { Value: true };
        long bitsPerComponent = isMask ? 1 : Number(entries, "BPC", "BitsPerComponent") ?? 8;
        long components = isMask ? 1 : (entries.GetValueOrDefault("CS") ?? entries.GetValueOrDefault("ColorSpace")) switch
        {
            PdfName { Value: "RGB" or "DeviceRGB" or "CalRGB" } => 3,
            PdfName { Value: "CMYK" or "DeviceCMYK" } => 4,
            PdfName { Value: "G" or "DeviceGray" or "CalGray" or "I" or "Indexed" } => 1,
            PdfArray => 1,
            null => 1,
            _ => 0,
        };
        if (components == 0 || bitsPerComponent is not (1 or 2 or 4 or 8 or 16))
        {
            return null;
        }

        return height * (((width * components * bitsPerComponent) + 7) / 8);
    }

    private static long? Number(Dictionary<string, PdfObject> entries, string shortKey, string longKey) =>
        (entries.GetValueOrDefault(shortKey) ?? entries.GetValueOrDefault(longKey)) is PdfNumber number ? (long)number.Value : null;

    private int SkipPastEi(int position)
    {
        var lexer = new PdfLexer(_data) { Position = position };
        return lexer.Next().IsKeyword("EI") ? lexer.Position : FindEndOfImage(position);
    }

    /// <summary>
    /// The data is binary and may contain "EI" by chance, so an "EI" counts only when it stands alone
    /// and what follows looks like content-stream text.
    /// </summary>
    private int FindEndOfImage(int start)
    {
        for (int i = start; i + 1 < _data.Length; i++)
        {
            if (_data[i] != (byte)'E' || _data[i + 1] != (byte)'I')
            {
                continue;
            }

            bool boundedBefore = i == start || PdfCharacters.IsWhitespace(_data[i - 1]);
            bool boundedAfter = i + 2 >= _data.Length || PdfCharacters.IsWhitespace(_data[i + 2]) || PdfCharacters.IsDelimiter(_data[i + 2]);
            if (boundedBefore && boundedAfter && LooksLikeText(i + 2))
            {
                return i + 2;
            }
        }

        return _data.Length;
    }

    private bool LooksLikeText(int from)
    {
        int end = Math.Min(_data.Length, from + 48);
        for (int i = from; i < end; i++)
        {
            byte b = _data[i];
            if (b > 0x7E || (b < 0x20 && !PdfCharacters.IsWhitespace(b)))
            {
                return false;
            }
        }

        return true;
    }
}
