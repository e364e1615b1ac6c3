namespace SkillGap.Pdf.Fonts;

/// <summary>Warns once per font that some codes have no Unicode mapping.</summary>
internal sealed class UnmappedCodeReporter(string fontName, Action<string> warn)
{
    private int _reported;

    public string Report()
    {
        if (Interlocked.Exchange(ref _reported, 1) == 0)
        {
            warn($"Font '{fontName}' has no Unicode mapping for some characters.");
        }

        return "";
    }
}
