using SkillGap.Pdf.Structure;
using SkillGap.Pdf.Syntax;

namespace SkillGap.Pdf.Filters;

/// <summary>ASCII85Decode (§7.4.3): groups of five base-85 digits, "z" for four zeros, "~&gt;" ends the data.</summary>
internal static class Ascii85Filter
{
    public static byte[] Decode(ReadOnlySpan<byte> input, long limit, ReadBudget? budget = null)
    {
        var output = new BoundedOutput(limit, input.Length, budget);
        Span<int> group = stackalloc int[5];
        int count = 0;
        int start = input.StartsWith("<~"u8) ? 2 : 0;
        for (int i = start; i < input.Length; i++)
        {
            byte b = input[i];
            if (b == (byte)'~')
            {
                break;
            }

            if (PdfCharacters.IsWhitespace(b))
            {
                continue;
            }

            if (b == (byte)'z' && count == 0)
            {
                output.Add([0, 0, 0, 0]);
                continue;
            }

            if (b is < (byte)'!' or > (byte)'u')
            {
                continue;
            }

            group[count++] = b - '!';
            if (count == 5)
            {
                WriteGroup(output, group, 4);
                count = 0;
            }
        }

        if (count > 1)
        {
            for (int i = count; i < 5; i++)
            {
                group[i] = 84;
            }

            WriteGroup(output, group, count - 1);
        }

        return output.ToArray();
    }

    private static void WriteGroup(BoundedOutput output, Span<int> group, int bytes)
    {
        uint value = 0;
        foreach (int digit in group)
        {
            value = unchecked((value * 85) + (uint)digit);
        }

        for (int i = 0; i < bytes; i++)
        {
            output.Add((byte)(value >> (24 - (8 * i))));
        }
    }
}
