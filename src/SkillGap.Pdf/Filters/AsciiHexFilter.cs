using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Syntax;

namespace SkillGap.Pdf.Filters;

/// <summary>ASCIIHexDecode (§7.4.2): hex pairs up to "&gt;", whitespace and junk ignored, an odd last digit padded with 0.</summary>
internal static class AsciiHexFilter
{
    public static byte[] Decode(ReadOnlySpan<byte> input, long limit)
    {
        // Counting the digits first gives the exact output size: one array, no growing buffer and final copy.
        int end = input.IndexOf((byte)'>');
        input = end < 0 ? input : input[..end];
        long digits = 0;
        foreach (byte b in input)
        {
            digits += PdfCharacters.HexValue(b) >= 0 ? 1 : 0;
        }

        if ((digits + 1) / 2 > limit)
        {
            throw new PdfBudgetExceededException(BoundedOutput.OverBudgetMessage);
        }

        var output = new byte[(digits + 1) / 2];
        int written = 0;
        int high = -1;
        foreach (byte b in input)
        {
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
                output[written++] = (byte)((high << 4) | value);
                high = -1;
            }
        }

        if (high >= 0)
        {
            output[written] = (byte)(high << 4);
        }

        return output;
    }
}
