using System.Text;
using System.Text.RegularExpressions;

namespace SkillGap.Pdf.Tests.Fuzz;

/// <summary>Damages PDF bytes the ways real files break: flipped bits, cut downloads, lost ranges, duplicated objects, wrong offsets.</summary>
internal static partial class PdfMutator
{
    public static readonly string[] Kinds = ["bit-flips", "truncate", "delete-range", "duplicate-object", "zero-xref-offsets", "zero-startxref"];

    public static byte[] Mutate(byte[] data, string kind, Random random) => kind switch
    {
        "bit-flips" => FlipBits(data, random),
        "truncate" => data[..random.Next(0, data.Length)],
        "delete-range" => DeleteRange(data, random),
        "duplicate-object" => DuplicateObject(data, random),
        "zero-xref-offsets" => ZeroXrefOffsets(data, random),
        "zero-startxref" => ZeroStartXref(data),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown mutation"),
    };

    private static byte[] FlipBits(byte[] data, Random random)
    {
        byte[] copy = (byte[])data.Clone();
        int flips = random.Next(1, 64);
        for (int i = 0; i < flips && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] DeleteRange(byte[] data, Random random)
    {
        if (data.Length < 2)
        {
            return [];
        }

        int start = random.Next(data.Length);
        int length = random.Next(1, Math.Max(2, Math.Min(data.Length - start, 4096)));
        return [.. data[..start], .. data[Math.Min(data.Length, start + length)..]];
    }

    private static byte[] DuplicateObject(byte[] data, Random random)
    {
        string text = Encoding.Latin1.GetString(data);
        MatchCollection objects = ObjectPattern().Matches(text);
        if (objects.Count == 0)
        {
            return FlipBits(data, random);
        }

        Match chosen = objects[random.Next(objects.Count)];
        int insertAt = random.Next(text.Length);
        return Encoding.Latin1.GetBytes(text.Insert(insertAt, "\n" + chosen.Value + "\n"));
    }

    private static byte[] ZeroXrefOffsets(byte[] data, Random random)
    {
        string text = Encoding.Latin1.GetString(data);
        MatchCollection entries = XrefEntryPattern().Matches(text);
        if (entries.Count == 0)
        {
            return ZeroStartXref(data);
        }

        var builder = new StringBuilder(text);
        foreach (Match entry in entries)
        {
            if (random.Next(3) == 0)
            {
                builder.Remove(entry.Index, 10).Insert(entry.Index, "0000000000");
            }
        }

        return Encoding.Latin1.GetBytes(builder.ToString());
    }

    private static byte[] ZeroStartXref(byte[] data)
    {
        string text = Encoding.Latin1.GetString(data);
        return Encoding.Latin1.GetBytes(StartXrefPattern().Replace(text, "startxref\n0\n"));
    }

    [GeneratedRegex(@"\d+ \d+ obj\b.{0,20000}?endobj", RegexOptions.Singleline)]
    private static partial Regex ObjectPattern();

    [GeneratedRegex(@"\b\d{10} \d{5} n\b")]
    private static partial Regex XrefEntryPattern();

    [GeneratedRegex(@"startxref\s+\d+\s")]
    private static partial Regex StartXrefPattern();
}
