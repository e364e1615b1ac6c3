namespace SkillGap.Pdf.Filters;

/// <summary>RunLengthDecode (§7.4.5): a length byte then literal bytes (0–127) or one repeated byte (129–255); 128 ends the data.</summary>
internal static class RunLengthFilter
{
    public static byte[] Decode(ReadOnlySpan<byte> input, long limit)
    {
        var output = new BoundedOutput(limit, input.Length * 2);
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
}
