using SkillGap.Pdf.Structure;

namespace SkillGap.Pdf.Filters;

/// <summary>
/// LZWDecode (§7.4.4): 9–12 bit codes, 256 clears the table, 257 ends the data; EarlyChange (default 1)
/// widens codes one entry early. Each table entry is stored as (offset, length) into the output already written.
/// </summary>
internal static class LzwFilter
{
    private const int ClearTable = 256;
    private const int EndOfData = 257;
    private const int MaxEntries = 4096;

    public static byte[] Decode(ReadOnlySpan<byte> input, int earlyChange, long limit, ReadBudget? budget = null)
    {
        var output = new BoundedOutput(limit, input.Length * 3, budget);
        var offsets = new int[MaxEntries];
        var lengths = new int[MaxEntries];
        int nextCode = 258;
        int codeLength = 9;
        int previous = -1;
        long bitBuffer = 0;
        int bitCount = 0;
        int position = 0;

        while (true)
        {
            while (bitCount < codeLength && position < input.Length)
            {
                bitBuffer = (bitBuffer << 8) | input[position++];
                bitCount += 8;
            }

            if (bitCount < codeLength)
            {
                break;
            }

            int code = (int)((bitBuffer >> (bitCount - codeLength)) & ((1 << codeLength) - 1));
            bitCount -= codeLength;

            if (code == ClearTable)
            {
                nextCode = 258;
                codeLength = 9;
                previous = -1;
                continue;
            }

            if (code == EndOfData)
            {
                break;
            }

            int start = output.Length;
            if (code < 256)
            {
                output.Add((byte)code);
            }
            else if (code < nextCode && lengths[code] > 0)
            {
                output.AddFromSelf(offsets[code], lengths[code]);
            }
            else if (code == nextCode && previous >= 0)
            {
                // The KwKwK case: the previous string followed by its own first byte.
                int prevOffset = previous < 256 ? -1 : offsets[previous];
                int prevLength = previous < 256 ? 1 : lengths[previous];
                if (prevOffset < 0)
                {
                    output.Add((byte)previous);
                    output.Add((byte)previous);
                }
                else
                {
                    output.AddFromSelf(prevOffset, prevLength);
                    output.Add(output[prevOffset]);
                }
            }
            else
            {
                break;
            }

            if (previous >= 0 && nextCode < MaxEntries)
            {
                int prevLength = previous < 256 ? 1 : lengths[previous];
                offsets[nextCode] = start - prevLength;
                lengths[nextCode] = prevLength + 1;
                nextCode++;
            }

            previous = code;
            if (nextCode + earlyChange >= (1 << codeLength) && codeLength < 12)
            {
                codeLength++;
            }
        }

        return output.ToArray();
    }
}
