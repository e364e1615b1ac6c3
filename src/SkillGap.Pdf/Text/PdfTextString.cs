using System.Text;

namespace SkillGap.Pdf.Text;

/// <summary>Decodes a PDF text string (§7.9.2.2): UTF-16BE or UTF-8 with a byte-order mark, otherwise PDFDocEncoding.</summary>
internal static class PdfTextString
{
    private const string DocEncodingHigh =
        "\u2022\u2020\u2021\u2026\u2014\u2013\u0192\u2044\u2039\u203A\u2212\u2030\u201E\u201C\u201D\u2018" +
        "\u2019\u201A\u2122\uFB01\uFB02\u0141\u0152\u0160\u0178\u017D\u0131\u0142\u0153\u0161\u017E\uFFFD\u20AC";

    private const string DocEncodingLow = "\u02D8\u02C7\u02C6\u02D9\u02DD\u02DB\u02DA\u02DC";

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..(bytes.Length - (bytes.Length % 2))]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes[2..(bytes.Length - (bytes.Length % 2))]);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        var builder = new StringBuilder(bytes.Length);
        foreach (byte b in bytes)
        {
            builder.Append(b switch
            {
                >= 0x18 and <= 0x1F => DocEncodingLow[b - 0x18],
                >= 0x80 and <= 0xA0 => DocEncodingHigh[b - 0x80],
                _ => (char)b,
            });
        }

        return builder.ToString();
    }
}
