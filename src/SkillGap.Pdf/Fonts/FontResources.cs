using System.Reflection;

namespace SkillGap.Pdf.Fonts;

/// <summary>Reads the glyph lists and AFM files embedded from Resources/.</summary>
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
