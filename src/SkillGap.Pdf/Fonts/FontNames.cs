namespace SkillGap.Pdf.Fonts;

/// <summary>BaseFont name handling: subset prefixes and what the name says about weight.</summary>
internal static class FontNames
{
    private static readonly string[] _boldMarkers = ["bold", "black", "heavy", "demi", "semibold", "extrabold", "ultrabold"];

    /// <summary>Removes a subset tag: six upper-case letters and a plus sign ("ABCDEF+Calibri" → "Calibri").</summary>
    public static string StripSubsetPrefix(string name)
    {
        if (name.Length > 7 && name[6] == '+')
        {
            for (var i = 0; i < 6; i++)
            {
                if (name[i] is < 'A' or > 'Z')
                {
                    return name;
                }
            }

            return name[7..];
        }

        return name;
    }

    public static bool NameSaysBold(string name)
    {
        foreach (var marker in _boldMarkers)
        {
            if (name.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
