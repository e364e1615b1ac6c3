using System.Globalization;
using System.Text;

namespace SkillGap.Pdf.Tests.Support;

public enum XrefStyle
{
    Table,
    Stream,
    TableWithoutKeyword,
    Missing,
}

/// <summary>Writes small PDFs byte by byte with correct (or deliberately wrong) cross-reference offsets.</summary>
internal sealed class TestPdfBuilder
{
    private readonly SortedDictionary<int, byte[]> _objects = [];

    public TestPdfBuilder Object(int number, string body)
    {
        _objects[number] = Encoding.Latin1.GetBytes(body);
        return this;
    }

    public TestPdfBuilder Stream(int number, string dictionaryEntries, byte[] data)
    {
        var body = new MemoryStream();
        body.Write(Encoding.Latin1.GetBytes($"<< {dictionaryEntries} /Length {data.Length} >>\nstream\n"));
        body.Write(data);
        body.Write("\nendstream"u8);
        _objects[number] = body.ToArray();
        return this;
    }

    public TestPdfBuilder Stream(int number, string dictionaryEntries, string data) => Stream(number, dictionaryEntries, Encoding.Latin1.GetBytes(data));

    /// <summary>A one-page document: catalog 1, pages 2, page 3, content 4, Helvetica as /F1 in object 5.</summary>
    public static TestPdfBuilder OnePage(string content, string pageExtras = "") => new TestPdfBuilder()
        .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        .Object(3, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R {pageExtras} >>")
        .Stream(4, "", content)
        .Object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");

    public byte[] Build(XrefStyle style = XrefStyle.Table, string trailerEntries = "/Root 1 0 R", int offsetError = 0) =>
        Write(new MemoryStream(), "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n", style, trailerEntries, offsetError, previousXref: null);

    /// <summary>Appends these objects to <paramref name="original"/> as an incremental update whose /Prev is the original's xref.</summary>
    public byte[] BuildUpdate(byte[] original, XrefStyle style = XrefStyle.Table, string trailerEntries = "/Root 1 0 R")
    {
        var output = new MemoryStream();
        output.Write(original);
        return Write(output, "\n", style, trailerEntries, 0, StartXrefOf(original));
    }

    public static long StartXrefOf(byte[] pdf)
    {
        string text = Encoding.Latin1.GetString(pdf);
        int at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var digits = text[(at + 9)..].Trim().Split('\n')[0].Trim();
        return long.Parse(digits, CultureInfo.InvariantCulture);
    }

    private byte[] Write(MemoryStream output, string header, XrefStyle style, string trailerEntries, int offsetError, long? previousXref)
    {
        output.Write(Encoding.Latin1.GetBytes(header));
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, body) in _objects)
        {
            offsets[number] = output.Position;
            output.Write(Encoding.Latin1.GetBytes($"{number} 0 obj\n"));
            output.Write(body);
            output.Write("\nendobj\n"u8);
        }

        int size = (_objects.Count == 0 ? 0 : _objects.Keys.Max()) + 1;
        string prev = previousXref is null ? "" : $" /Prev {previousXref}";
        long xrefOffset = output.Position;
        switch (style)
        {
            case XrefStyle.Table or XrefStyle.TableWithoutKeyword:
                var table = new StringBuilder(style == XrefStyle.Table ? "xref\n" : "");
                foreach (var run in Runs(offsets.Keys, includeZero: previousXref is null))
                {
                    table.Append(CultureInfo.InvariantCulture, $"{run.First} {run.Count}\n");
                    for (int n = run.First; n < run.First + run.Count; n++)
                    {
                        table.Append(n == 0 ? "0000000000 65535 f \n" : $"{offsets[n] + offsetError:D10} 00000 n \n");
                    }
                }

                table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size}{prev} {trailerEntries} >>\n");
                output.Write(Encoding.Latin1.GetBytes(table.ToString()));
                break;
            case XrefStyle.Stream:
                // An update's own xref stream must not reuse a number of the original file; tests keep numbers small.
                int streamNumber = previousXref is null ? size : size + 50;
                offsets[streamNumber] = xrefOffset;
                var rows = new MemoryStream();
                var numbers = offsets.Keys.ToList();
                foreach (int n in numbers)
                {
                    long offset = offsets[n] + offsetError;
                    rows.Write([1, (byte)(offset >> 24), (byte)(offset >> 16), (byte)(offset >> 8), (byte)offset, 0]);
                }

                string index = string.Join(' ', numbers.Select(n => $"{n} 1"));
                output.Write(Encoding.Latin1.GetBytes(
                    $"{streamNumber} 0 obj\n<< /Type /XRef /Size {streamNumber + 1} /W [1 4 1] /Index [{index}]{prev} {trailerEntries} /Length {rows.Length} >>\nstream\n"));
                output.Write(rows.ToArray());
                output.Write("\nendstream\nendobj\n"u8);
                break;
            case XrefStyle.Missing:
                xrefOffset = 0;
                break;
        }

        output.Write(Encoding.Latin1.GetBytes($"startxref\n{xrefOffset}\n%%EOF\n"));
        return output.ToArray();
    }

    private static IEnumerable<(int First, int Count)> Runs(IEnumerable<int> numbers, bool includeZero)
    {
        var sorted = (includeZero ? numbers.Prepend(0) : numbers).Distinct().Order().ToList();
        int start = 0;
        for (int i = 1; i <= sorted.Count; i++)
        {
            if (i == sorted.Count || sorted[i] != sorted[i - 1] + 1)
            {
                yield return (sorted[start], i - start);
                start = i;
            }
        }
    }
}
