namespace SkillGap.Pdf.Objects;

/// <summary>A parsed PDF object (ISO 32000-1 §7.3). Immutable once parsed.</summary>
internal abstract class PdfObject
{
}

internal sealed class PdfNull : PdfObject
{
    public static readonly PdfNull Instance = new();

    private PdfNull()
    {
    }
}

internal sealed class PdfBoolean(bool value) : PdfObject
{
    public static readonly PdfBoolean True = new(true);
    public static readonly PdfBoolean False = new(false);

    public bool Value { get; } = value;
}

internal sealed class PdfNumber(double value, bool isInteger) : PdfObject
{
    private const int SmallestShared = -128;
    private const int LargestShared = 1023;

    // Content streams repeat small integers (0, 1, kerning steps) thousands of times; they share immutable instances.
    private static readonly PdfNumber[] s_sharedIntegers = Enumerable.Range(SmallestShared, LargestShared - SmallestShared + 1)
        .Select(i => new PdfNumber(i, isInteger: true)).ToArray();

    public double Value { get; } = value;

    public bool IsInteger { get; } = isInteger;

    public int IntValue => Value >= int.MaxValue ? int.MaxValue : Value <= int.MinValue ? int.MinValue : (int)Value;

    public static PdfNumber Create(double value, bool isInteger)
    {
        // Only exact small integers share; -0 keeps its own instance, since its sign can matter downstream.
        if (isInteger && value is >= SmallestShared and <= LargestShared
            && BitConverter.DoubleToInt64Bits(value) == BitConverter.DoubleToInt64Bits((int)value))
        {
            return s_sharedIntegers[(int)value - SmallestShared];
        }

        return new PdfNumber(value, isInteger);
    }
}

/// <summary>A string keeps its raw bytes: their meaning depends on where it is used (font codes, PDFDoc text, UTF-16).</summary>
internal sealed class PdfString(byte[] bytes, bool isHex) : PdfObject
{
    public byte[] Bytes { get; } = bytes;

    public bool IsHex { get; } = isHex;
}

internal sealed class PdfName(string value) : PdfObject
{
    public string Value { get; } = value;

    public override string ToString() => "/" + Value;
}

internal sealed class PdfArray(List<PdfObject> items) : PdfObject
{
    public List<PdfObject> Items { get; } = items;

    public int Count => Items.Count;

    public PdfObject this[int index] => Items[index];
}

internal sealed class PdfDictionary(Dictionary<string, PdfObject> entries) : PdfObject
{
    public static readonly PdfDictionary Empty = new(new Dictionary<string, PdfObject>(0));

    /// <summary>Keys are names without the leading slash.</summary>
    public Dictionary<string, PdfObject> Entries { get; } = entries;

    public PdfObject? this[string key] => Entries.TryGetValue(key, out var value) ? value : null;

    public bool ContainsKey(string key) => Entries.ContainsKey(key);
}

/// <summary>A stream's dictionary and its still-encoded (and, if the file is encrypted, still-encrypted) bytes.</summary>
internal sealed class PdfStream(PdfDictionary dictionary, ReadOnlyMemory<byte> rawData, int objectNumber, int generation) : PdfObject
{
    public PdfDictionary Dictionary { get; } = dictionary;

    public ReadOnlyMemory<byte> RawData { get; } = rawData;

    /// <summary>Needed for per-object decryption keys; -1 for streams that are not indirect objects.</summary>
    public int ObjectNumber { get; } = objectNumber;

    public int Generation { get; } = generation;
}

internal sealed class PdfReference(int number, int generation) : PdfObject
{
    public int Number { get; } = number;

    public int Generation { get; } = generation;

    public override string ToString() => $"{Number} {Generation} R";
}
