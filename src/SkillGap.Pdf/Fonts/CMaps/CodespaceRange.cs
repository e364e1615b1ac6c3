namespace SkillGap.Pdf.Fonts.CMaps;

/// <summary>Codes of <see cref="Length"/> bytes whose every byte lies between the matching bytes of Low and High (ISO 32000-1 §9.7.6.2).</summary>
internal readonly record struct CodespaceRange(int Low, int High, int Length)
{
    public bool Contains(int code)
    {
        for (var shift = 0; shift < Length * 8; shift += 8)
        {
            var b = (code >> shift) & 0xFF;
            if (b < ((Low >> shift) & 0xFF) || b > ((High >> shift) & 0xFF))
            {
                return false;
            }
        }

        return true;
    }
}
