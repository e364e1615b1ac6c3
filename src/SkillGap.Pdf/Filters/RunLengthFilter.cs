using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Structure;

namespace SkillGap.Pdf.Filters;

/// <summary>RunLengthDecode (§7.4.5): a length byte then literal bytes (0–127) or one repeated byte (129–255); 128 ends the data.</summary>
internal static class RunLengthFilter
{
    public static byte[] Decode(ReadOnlySpan<byte> input, long limit, ReadBudget? budget = null)
    {
        // Each byte pair can stand for 128 bytes, and chained RunLength filters multiply that: the size is counted
        // first, so a bomb is refused before anything is allocated and a real stream gets a buffer of the right size.
        long size = DecodedLength(input);
        if (size > limit || size > Array.MaxLength)
        {
            throw new PdfBudgetExceededException(BoundedOutput.OverBudgetMessage);
        }

        var output = new BoundedOutput(limit, (int)size, budget);
        int i = 0;
        while (i < input.Length)
        {
            int length = input[i++];
            if (length == 128)
            {
                break;
            }

            if (length < 128)
            {
                int count = Math.Min(length + 1, input.Length - i);
                output.Add(input.Slice(i, count));
                i += count;
            }
            else if (i < input.Length)
            {
                output.AddRepeated(input[i++], 257 - length);
            }
        }

        return output.ToArray();
    }

    private static long DecodedLength(ReadOnlySpan<byte> input)
    {
        long size = 0;
        int i = 0;
        while (i < input.Length)
        {
            int length = input[i++];
            if (length == 128)
            {
                break;
            }

            if (length < 128)
            {
                int count = Math.Min(length + 1, input.Length - i);
                size += count;
                i += count;
            }
            else if (i < input.Length)
            {
                size += 257 - length;
                i++;
            }
        }

        return size;
    }
}
