namespace SkillGap.Pdf.Fonts.Encodings;

/// <summary>Replaces Latin presentation-form ligatures (U+FB00–U+FB06) with their letters.</summary>
internal static class LigatureExpander
{
    public static string Expand(string text)
    {
        if (!ContainsLigature(text))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static bool ContainsLigature(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\uFB00' and <= '\uFB06')
            {
                return true;
            }
        }

        return false;
    }
}
