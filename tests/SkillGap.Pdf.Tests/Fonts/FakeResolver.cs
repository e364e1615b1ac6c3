using System.Text;
using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Tests.Fonts;

/// <summary>An in-memory document for font tests: numbered objects, unfiltered streams, collected warnings.</summary>
internal sealed class FakeResolver : IPdfObjectResolver
{
    private readonly Dictionary<int, PdfObject> _objects = [];

    public List<string> Warnings { get; } = [];

    public PdfReference Add(PdfObject obj)
    {
        var number = _objects.Count + 1;
        _objects[number] = obj;
        return new PdfReference(number, 0);
    }

    public PdfObject Resolve(PdfObject? obj)
    {
        for (var hops = 0; hops < 10 && obj is PdfReference reference; hops++)
        {
            obj = _objects.TryGetValue(reference.Number, out var target) ? target : null;
        }

        return obj ?? PdfNull.Instance;
    }

    public byte[] DecodeStream(PdfStream stream) =>
        stream.Dictionary.ContainsKey("Corrupt") ? throw new PdfCorruptException("bad stream") : stream.RawData.ToArray();

    public void Warn(string message) => Warnings.Add(message);

    public static PdfStream Stream(string text, params (string Key, PdfObject Value)[] entries) =>
        Stream(Encoding.Latin1.GetBytes(text), entries);

    public static PdfStream Stream(byte[] data, params (string Key, PdfObject Value)[] entries) =>
        new(Dict(entries), data, -1, 0);

    public static PdfDictionary Dict(params (string Key, PdfObject Value)[] entries) =>
        new(entries.ToDictionary(e => e.Key, e => e.Value));

    public static PdfName Name(string value) => new(value);

    public static PdfNumber Num(double value) => new(value, value == Math.Floor(value));

    public static PdfArray Array(params PdfObject[] items) => new([.. items]);

    public static PdfArray Numbers(params double[] values) => new([.. values.Select(Num)]);
}
