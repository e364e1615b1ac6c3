using System.Buffers;
using System.Text;
using SkillGap.Pdf.Filters;

namespace SkillGap.Pdf.Syntax;

/// <summary>Names (§7.3.5), hex strings and literal strings with their escapes (§7.3.4).</summary>
internal sealed partial class PdfLexer
{
    private static readonly SearchValues<byte> s_literalSpecials = SearchValues.Create("()\\\r"u8);

    private string ReadName()
    {
        int start = Position;
        int end = start;
        while (end < _end && PdfCharacters.IsRegular(_data[end]) && _data[end] != (byte)'#')
        {
            end++;
        }

        if (end >= _end || !PdfCharacters.IsRegular(_data[end]))
        {
            Position = end;
            return Encoding.Latin1.GetString(_data, start, end - start);
        }

        var bytes = new List<byte>(16);
        while (Position < _end && PdfCharacters.IsRegular(_data[Position]))
        {
            byte b = _data[Position++];
            if (b == (byte)'#' && Position + 1 < _end)
            {
                int hi = PdfCharacters.HexValue(_data[Position]);
                int lo = PdfCharacters.HexValue(_data[Position + 1]);
                if (hi >= 0 && lo >= 0)
                {
                    bytes.Add((byte)((hi << 4) | lo));
                    Position += 2;
                    continue;
                }
            }

            bytes.Add(b);
        }

        return Encoding.Latin1.GetString(bytes.ToArray());
    }

    // Same rules as the ASCIIHexDecode filter: up to ">", whitespace and junk skipped, odd last digit padded.
    private byte[] ReadHexString()
    {
        var rest = _data.AsSpan(Position, _end - Position);
        var close = rest.IndexOf((byte)'>');
        var length = close < 0 ? rest.Length : close;
        Position += close < 0 ? length : length + 1;
        return AsciiHexFilter.Decode(rest[..length], long.MaxValue);
    }

    private byte[] ReadLiteralString()
    {
        // Most strings hold no escape, line end or nested parenthesis before their close: their bytes are copied once.
        var rest = _data.AsSpan(Position, _end - Position);
        int stop = rest.IndexOfAny(s_literalSpecials);
        if (stop >= 0 && rest[stop] == (byte)')')
        {
            Position += stop + 1;
            return rest[..stop].ToArray();
        }

        var bytes = new List<byte>();
        int depth = 1;
        while (Position < _end)
        {
            byte b = _data[Position++];
            switch (b)
            {
                case (byte)'(':
                    depth++;
                    bytes.Add(b);
                    break;
                case (byte)')':
                    depth--;
                    if (depth == 0)
                    {
                        return bytes.ToArray();
                    }

                    bytes.Add(b);
                    break;
                case (byte)'\\':
                    ReadEscape(bytes);
                    break;
                case 13:
                    bytes.Add(10);
                    if (Position < _end && _data[Position] == 10)
                    {
                        Position++;
                    }

                    break;
                default:
                    bytes.Add(b);
                    break;
            }
        }

        return bytes.ToArray();
    }

    private void ReadEscape(List<byte> bytes)
    {
        if (Position >= _end)
        {
            return;
        }

        byte e = _data[Position++];
        switch (e)
        {
            case (byte)'n': bytes.Add(10); break;
            case (byte)'r': bytes.Add(13); break;
            case (byte)'t': bytes.Add(9); break;
            case (byte)'b': bytes.Add(8); break;
            case (byte)'f': bytes.Add(12); break;
            case 13:
                if (Position < _end && _data[Position] == 10)
                {
                    Position++;
                }

                break;
            case 10:
                break;
            case >= (byte)'0' and <= (byte)'7':
                int value = e - '0';
                for (int i = 0; i < 2 && Position < _end && _data[Position] is >= (byte)'0' and <= (byte)'7'; i++)
                {
                    value = (value * 8) + (_data[Position++] - '0');
                }

                bytes.Add((byte)value);
                break;
            default:
                bytes.Add(e);
                break;
        }
    }
}
