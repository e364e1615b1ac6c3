namespace SkillGap.Pdf.Fonts.Programs;

/// <summary>Decodes a CFF DICT into operator → operands (two-byte operators as 12 &lt;&lt; 8 | b).</summary>
internal static class CffDict
{
    private const int MaxOperands = 48;

    public static Dictionary<int, double[]> Read(ReadOnlySpan<byte> data)
    {
        var result = new Dictionary<int, double[]>();
        var operands = new List<double>();
        var i = 0;
        while (i < data.Length)
        {
            int b0 = data[i];
            if (b0 <= 21)
            {
                var op = b0;
                i++;
                if (b0 == 12 && i < data.Length)
                {
                    op = (12 << 8) | data[i++];
                }

                result[op] = [.. operands];
                operands.Clear();
                continue;
            }

            double value;
            switch (b0)
            {
                case 28:
                    value = BigEndian.I16(data, i + 1);
                    i += 3;
                    break;
                case 29:
                    value = (int)Math.Max(BigEndian.U32(data, i + 1), 0);
                    i += 5;
                    break;
                case 30:
                    value = 0;
                    i = SkipReal(data, i + 1);
                    break;
                case >= 32 and <= 246:
                    value = b0 - 139;
                    i++;
                    break;
                case >= 247 and <= 250:
                    value = ((b0 - 247) * 256) + Math.Max(BigEndian.U8(data, i + 1), 0) + 108;
                    i += 2;
                    break;
                case >= 251 and <= 254:
                    value = -((b0 - 251) * 256) - Math.Max(BigEndian.U8(data, i + 1), 0) - 108;
                    i += 2;
                    break;
                default:
                    i++;
                    continue;
            }

            if (operands.Count < MaxOperands)
            {
                operands.Add(value);
            }
        }

        return result;
    }

    /// <summary>Reals only appear in entries we do not use (FontMatrix and the like), so they are skipped, not decoded.</summary>
    private static int SkipReal(ReadOnlySpan<byte> data, int i)
    {
        while (i < data.Length)
        {
            var b = data[i++];
            if ((b & 0x0F) == 0x0F || (b >> 4) == 0x0F)
            {
                break;
            }
        }

        return i;
    }
}
