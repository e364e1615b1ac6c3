using SkillGap.Pdf.Syntax;

namespace SkillGap.Pdf.Filters;

/// <summary>ASCIIHexDecode (§7.4.2): hex pairs up to "&gt;", whitespace and junk ignored, an odd last digit padded with 0.</summary>
internal static class AsciiHexFilter
{
    public static byte[] Decode(ReadOnlySpan<byte> input, long limit)
    {
        var output = new BoundedOutput(limit, input.Length / 2);
        int high = -1;
        foreach (byte b in input)
        {
            if (b == (byte)'>')
            {
                break;
            }

            int value = PdfCharacters.HexValue(b);
            if (value < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = value;
            }
            else
            {
                output.Add((byte)((high << 4) | value));
                high = -1;
            }
        }

        if (high >= 0)
        {
            output.Add((byte)(high << 4));
        }

        return output.ToArray();
    }
}
