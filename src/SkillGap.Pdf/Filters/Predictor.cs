namespace SkillGap.Pdf.Filters;

/// <summary>Undoes the TIFF (2) and PNG (10–15) predictors of Flate and LZW DecodeParms (§7.4.4.4).</summary>
internal static class Predictor
{
    public static byte[] Apply(byte[] data, int predictor, int colors, int bitsPerComponent, int columns)
    {
        colors = Math.Clamp(colors, 1, 32);
        bitsPerComponent = bitsPerComponent is 1 or 2 or 4 or 8 or 16 ? bitsPerComponent : 8;
        columns = Math.Clamp(columns, 1, 1 << 24);
        long rowBits = (long)colors * bitsPerComponent * columns;

        // A row longer than the data is one partial row; sizing buffers by an absurd /Columns would allocate gigabytes.
        int rowLength = (int)Math.Clamp((rowBits + 7) / 8, 1, Math.Max(1, data.Length));
        int bytesPerPixel = Math.Max(1, colors * bitsPerComponent / 8);

        return predictor switch
        {
            2 => bitsPerComponent == 8 ? UndoTiff(data, rowLength, colors) : data,
            >= 10 => UndoPng(data, rowLength, bytesPerPixel),
            _ => data,
        };
    }

    private static byte[] UndoTiff(byte[] data, int rowLength, int colors)
    {
        var result = (byte[])data.Clone();
        for (int rowStart = 0; rowStart < result.Length; rowStart += rowLength)
        {
            int rowEnd = Math.Min(rowStart + rowLength, result.Length);
            for (int i = rowStart + colors; i < rowEnd; i++)
            {
                result[i] = unchecked((byte)(result[i] + result[i - colors]));
            }
        }

        return result;
    }

    private static byte[] UndoPng(byte[] data, int rowLength, int bytesPerPixel)
    {
        int rows = (data.Length + rowLength) / (rowLength + 1);
        var result = new byte[(long)rows * rowLength > Array.MaxLength ? 0 : rows * rowLength];
        int decodedLength = Math.Min(result.Length, data.Length - rows);
        var previous = new byte[rowLength];
        int written = 0;
        for (int input = 0; input < data.Length && written < result.Length; input += rowLength + 1)
        {
            int type = data[input];
            int available = Math.Min(rowLength, data.Length - input - 1);
            var row = result.AsSpan(written, rowLength);
            data.AsSpan(input + 1, Math.Max(0, available)).CopyTo(row);
            for (int i = 0; i < rowLength; i++)
            {
                int left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0;
                int up = previous[i];
                int upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                row[i] = type switch
                {
                    1 => unchecked((byte)(row[i] + left)),
                    2 => unchecked((byte)(row[i] + up)),
                    3 => unchecked((byte)(row[i] + ((left + up) >> 1))),
                    4 => unchecked((byte)(row[i] + Paeth(left, up, upLeft))),
                    _ => row[i],
                };
            }

            row.CopyTo(previous);
            written += rowLength;
        }

        // A cut-off last row keeps the bytes it has rather than zeros for the rest.
        return decodedLength < result.Length ? result[..Math.Max(0, decodedLength)] : result;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        int p = left + up - upLeft;
        int pa = Math.Abs(p - left);
        int pb = Math.Abs(p - up);
        int pc = Math.Abs(p - upLeft);
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
}
