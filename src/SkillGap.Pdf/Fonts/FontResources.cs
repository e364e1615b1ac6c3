using System.IO.Compression;
using System.Reflection;

namespace SkillGap.Pdf.Fonts;

/// <summary>Reads the glyph lists, AFM files and CID tables embedded from Resources/.</summary>
internal static class FontResources
{
    private static readonly Assembly _assembly = typeof(FontResources).Assembly;

    public static IEnumerable<string> ReadLines(string relativePath)
    {
        using var stream = Open(relativePath);
        if (stream is null)
        {
            yield break;
        }

        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>The whole resource, or null when it is not embedded.</summary>
    public static byte[]? ReadBytes(string relativePath)
    {
        using var stream = Open(relativePath);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A zlib-compressed resource (the generated CMap and CID tables), inflated; null when it is not embedded.</summary>
    public static byte[]? ReadZlib(string relativePath)
    {
        using var stream = Open(relativePath);
        if (stream is null)
        {
            return null;
        }

        using var input = new ZLibStream(stream, CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    public static bool Exists(string relativePath) => FindResourceName(relativePath) is not null;

    private static Stream? Open(string relativePath)
    {
        var name = FindResourceName(relativePath);
        return name is null ? null : _assembly.GetManifestResourceStream(name);
    }

    private static string? FindResourceName(string relativePath)
    {
        // Manifest names are "SkillGap.Pdf.Resources.afm.Helvetica-Bold.afm": folders become dots.
        var suffix = ".Resources." + relativePath.Replace('/', '.');
        foreach (var name in _assembly.GetManifestResourceNames())
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }
}
