using System.Globalization;
using System.Text;

namespace SkillGap.Pdf.Fonts.CMaps;

/// <summary>
/// A small PostScript-like tokenizer for CMap streams. Unknown bytes are skipped, never thrown on:
/// a CMap with junk in it still yields the mappings it does contain.
/// </summary>
internal sealed class CMapTokenizer(ReadOnlyMemory<byte> data)
{
    private const int MaxStringBytes = 4096;

    private int _position;

    public CMapToken Next()
    {
        var bytes = data.Span;
        while (_position < bytes.Length)
        {
            var b = bytes[_position];
            if (IsWhitespace(b))
            {
                _position++;
                continue;
            }

            if (b == '%')
            {
                while (_position < bytes.Length && bytes[_position] is not (byte)'\n' and not (byte)'\r')
                {
                    _position++;
                }

                continue;
            }

            return b switch
            {
                (byte)'<' when _position + 1 < bytes.Length && bytes[_position + 1] == '<' => Advance(2, CMapTokenKind.DictionaryStart),
                (byte)'>' when _position + 1 < bytes.Length && bytes[_position + 1] == '>' => Advance(2, CMapTokenKind.DictionaryEnd),
                (byte)'<' => ReadHexString(bytes),
                (byte)'(' => ReadLiteralString(bytes),
                (byte)'[' => Advance(1, CMapTokenKind.ArrayStart),
                (byte)']' => Advance(1, CMapTokenKind.ArrayEnd),
                (byte)'/' => ReadName(bytes),
                _ when IsNumberStart(b) => ReadNumberOrOperator(bytes),
                _ when IsDelimiter(b) => Skip(),
                _ => ReadOperator(bytes),
            };
        }

        return new CMapToken(CMapTokenKind.End, "", null, 0);
    }

    private CMapToken Skip()
    {
        _position++;
        return Next();
    }

    private CMapToken Advance(int count, CMapTokenKind kind)
    {
        _position += count;
        return new CMapToken(kind, "", null, 0);
    }

    private CMapToken ReadHexString(ReadOnlySpan<byte> bytes)
    {
        _position++;
        var result = new List<byte>();
        var high = -1;
        while (_position < bytes.Length && bytes[_position] != '>')
        {
            var digit = HexValue(bytes[_position++]);
            if (digit < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = digit;
            }
            else
            {
                if (result.Count < MaxStringBytes)
                {
                    result.Add((byte)((high << 4) | digit));
                }

                high = -1;
            }
        }

        if (high >= 0 && result.Count < MaxStringBytes)
        {
            result.Add((byte)(high << 4));
        }

        _position++;
        return new CMapToken(CMapTokenKind.HexString, "", [.. result], 0);
    }

    private CMapToken ReadLiteralString(ReadOnlySpan<byte> bytes)
    {
        _position++;
        var result = new List<byte>();
        var depth = 1;
        while (_position < bytes.Length)
        {
            var b = bytes[_position++];
            if (b == '\\' && _position < bytes.Length)
            {
                b = ReadEscape(bytes);
            }
            else if (b == '(')
            {
                depth++;
            }
            else if (b == ')' && --depth == 0)
            {
                break;
            }

            if (result.Count < MaxStringBytes)
            {
                result.Add(b);
            }
        }

        return new CMapToken(CMapTokenKind.LiteralString, "", [.. result], 0);
    }

    private byte ReadEscape(ReadOnlySpan<byte> bytes)
    {
        var c = bytes[_position++];
        switch (c)
        {
            case (byte)'n': return (byte)'\n';
            case (byte)'r': return (byte)'\r';
            case (byte)'t': return (byte)'\t';
            case (byte)'b': return 8;
            case (byte)'f': return 12;
        }

        if (c is < (byte)'0' or > (byte)'7')
        {
            return c;
        }

        var value = c - '0';
        for (var i = 0; i < 2 && _position < bytes.Length && bytes[_position] is >= (byte)'0' and <= (byte)'7'; i++)
        {
            value = (value * 8) + (bytes[_position++] - '0');
        }

        return (byte)value;
    }

    private CMapToken ReadName(ReadOnlySpan<byte> bytes)
    {
        _position++;
        var text = ReadRegular(bytes);
        return new CMapToken(CMapTokenKind.Name, text, null, 0);
    }

    private CMapToken ReadNumberOrOperator(ReadOnlySpan<byte> bytes)
    {
        var text = ReadRegular(bytes);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new CMapToken(CMapTokenKind.Number, text, null, number)
            : new CMapToken(CMapTokenKind.Operator, text, null, 0);
    }

    private CMapToken ReadOperator(ReadOnlySpan<byte> bytes) => new(CMapTokenKind.Operator, ReadRegular(bytes), null, 0);

    private string ReadRegular(ReadOnlySpan<byte> bytes)
    {
        var start = _position;
        while (_position < bytes.Length && !IsWhitespace(bytes[_position]) && !IsDelimiter(bytes[_position]))
        {
            _position++;
        }

        var length = Math.Min(_position - start, 256);
        return Encoding.Latin1.GetString(bytes.Slice(start, length));
    }

    private static bool IsNumberStart(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'+' or (byte)'.';

    private static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
