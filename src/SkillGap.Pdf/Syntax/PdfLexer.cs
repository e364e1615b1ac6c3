using System.Text;

namespace SkillGap.Pdf.Syntax;

/// <summary>
/// Splits PDF bytes into tokens (§7.2, §7.3). Lenient: unterminated strings end at the end of input,
/// stray delimiters become one-character keywords, and malformed numbers read as far as they make sense.
/// </summary>
internal sealed partial class PdfLexer(byte[] data, int start, int end)
{
    /// <summary>Longer than any keyword or operator the format defines ("startxref", "endstream").</summary>
    public const int MaxKeywordLength = 127;

    private const int MaxTabledExponent = 24;

    private static readonly double[] s_powersOfTen = Enumerable.Range(-MaxTabledExponent, (2 * MaxTabledExponent) + 1).Select(e => Math.Pow(10, e)).ToArray();

    private readonly byte[] _data = data;
    private readonly int _end = end;
    private Dictionary<int, string>? _keywords;

    public PdfLexer(byte[] data)
        : this(data, 0, data.Length)
    {
    }

    public int Position { get; set; } = start;

    public int End => _end;

    public byte[] Data => _data;

    public PdfToken Next()
    {
        SkipWhitespaceAndComments();
        if (Position >= _end)
        {
            return new PdfToken(PdfTokenKind.EndOfInput, _end);
        }

        int start = Position;
        byte b = _data[Position];
        switch (b)
        {
            case (byte)'(':
                Position++;
                return new PdfToken(PdfTokenKind.LiteralString, start, Bytes: ReadLiteralString());
            case (byte)'<':
                if (Position + 1 < _end && _data[Position + 1] == (byte)'<')
                {
                    Position += 2;
                    return new PdfToken(PdfTokenKind.DictionaryStart, start);
                }

                Position++;
                return new PdfToken(PdfTokenKind.HexString, start, Bytes: ReadHexString());
            case (byte)'>':
                if (Position + 1 < _end && _data[Position + 1] == (byte)'>')
                {
                    Position += 2;
                    return new PdfToken(PdfTokenKind.DictionaryEnd, start);
                }

                Position++;
                return new PdfToken(PdfTokenKind.Keyword, start, Text: ">");
            case (byte)'[':
                Position++;
                return new PdfToken(PdfTokenKind.ArrayStart, start);
            case (byte)']':
                Position++;
                return new PdfToken(PdfTokenKind.ArrayEnd, start);
            case (byte)'/':
                Position++;
                return new PdfToken(PdfTokenKind.Name, start, Text: ReadName());
            case (byte)')' or (byte)'{' or (byte)'}':
                Position++;
                return new PdfToken(PdfTokenKind.Keyword, start, Text: ((char)b).ToString());
        }

        if (PdfCharacters.IsDigit(b) || b is (byte)'+' or (byte)'-' or (byte)'.')
        {
            var number = TryReadNumber();
            if (number is not null)
            {
                return number.Value;
            }
        }

        while (Position < _end && PdfCharacters.IsRegular(_data[Position]))
        {
            Position++;
        }

        // No keyword or operator is longer than a few letters: a long run is garbage (binary junk, a runaway decode),
        // stepped over in one pass without making a string of it.
        int length = Position - start;
        return new PdfToken(PdfTokenKind.Keyword, start, Text: length > MaxKeywordLength ? string.Empty : KeywordText(start, length));
    }

    /// <summary>Content streams repeat a few short operators millions of times; their strings are made once per lexer.</summary>
    private string KeywordText(int start, int length)
    {
        if (length > 3)
        {
            return Encoding.Latin1.GetString(_data, start, length);
        }

        int key = length;
        for (int i = 0; i < length; i++)
        {
            key = (key << 8) | _data[start + i];
        }

        _keywords ??= [];
        if (!_keywords.TryGetValue(key, out var text))
        {
            text = Encoding.Latin1.GetString(_data, start, length);
            _keywords[key] = text;
        }

        return text;
    }

    /// <summary>Math.Pow(10, exponent), from a table of its own results for the exponents numbers usually have.</summary>
    private static double PowerOfTen(int exponent) =>
        exponent is >= -MaxTabledExponent and <= MaxTabledExponent ? s_powersOfTen[exponent + MaxTabledExponent] : Math.Pow(10, exponent);

    public PdfToken Peek()
    {
        int saved = Position;
        var token = Next();
        Position = saved;
        return token;
    }

    public void SkipWhitespaceAndComments()
    {
        while (Position < _end)
        {
            byte b = _data[Position];
            if (PdfCharacters.IsWhitespace(b))
            {
                Position++;
            }
            else if (b == (byte)'%')
            {
                while (Position < _end && _data[Position] is not (10 or 13))
                {
                    Position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private PdfToken? TryReadNumber()
    {
        int start = Position;
        int p = Position;
        bool negative = false;
        while (p < _end && _data[p] is (byte)'+' or (byte)'-')
        {
            negative ^= _data[p] == (byte)'-';
            p++;
        }

        long mantissa = 0;
        int fractionDigits = 0;
        int droppedDigits = 0;
        bool sawDigit = false;
        bool sawDot = false;
        while (p < _end)
        {
            byte c = _data[p];
            if (PdfCharacters.IsDigit(c))
            {
                sawDigit = true;
                if (mantissa < 100_000_000_000_000_000L)
                {
                    mantissa = (mantissa * 10) + (c - '0');
                    fractionDigits += sawDot ? 1 : 0;
                }
                else if (!sawDot)
                {
                    droppedDigits++;
                }
            }
            else if (c == (byte)'.' && !sawDot)
            {
                sawDot = true;
            }
            else
            {
                break;
            }

            p++;
        }

        double value = mantissa * PowerOfTen(droppedDigits - fractionDigits);
        if (!sawDigit)
        {
            return null;
        }

        // Junk glued to a number ("12.3.4", "5-6") is dropped rather than failing the whole object.
        while (p < _end && PdfCharacters.IsRegular(_data[p]) && (PdfCharacters.IsDigit(_data[p]) || _data[p] is (byte)'.' or (byte)'-' or (byte)'+'))
        {
            p++;
        }

        Position = p;
        return new PdfToken(PdfTokenKind.Number, start, Number: negative ? -value : value, IsInteger: !sawDot);
    }
}
