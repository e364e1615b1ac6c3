namespace SkillGap.Pdf.Fonts.CMaps;

/// <summary>
/// Predefined CMaps: Identity-H/V; the common CJK ones bundled from Adobe's files (<see cref="BundledCMaps"/>), with real
/// CIDs; for other names, the Unicode-keyed ones (Uni*-UCS2/UTF16/UTF8/UTF32) and the CJK byte encodings only by their
/// codespaces, so strings split correctly. Text for Unicode-keyed and byte-encoded CMaps comes from the code itself
/// (<see cref="DecodeUnicodeCode"/>, <see cref="DecodeLegacyCode"/>) either way.
/// </summary>
internal static class PredefinedCMaps
{
    /// <summary>The named CMap, or null for names we know nothing about. Bundled CMaps are shared: callers must not change them.</summary>
    public static CMap? Get(string name)
    {
        var cmap = new CMap { Name = name, WritingMode = name.EndsWith("-V", StringComparison.Ordinal) ? 1 : 0 };
        if (name is "Identity-H" or "Identity-V")
        {
            cmap.AddCodespace(new CodespaceRange(0x0000, 0xFFFF, 2));
            cmap.AddCidRange(0x0000, 0xFFFF, 0);
            return cmap;
        }

        if (BundledCMaps.Get(name) is { } bundled)
        {
            return bundled;
        }

        if (UnicodeFormOf(name) is { } form)
        {
            AddUnicodeCodespaces(cmap, form);
            return cmap;
        }

        return AddCjkCodespaces(cmap, name) ? cmap : null;
    }

    /// <summary>
    /// The legacy character set whose byte sequences a CJK CMap's codes are (Shift-JIS, GBK, Big5, EUC-KR/UHC, EUC-JP), so text can be
    /// decoded without the CMap's CID tables; null for other names.
    /// </summary>
    public static System.Text.Encoding? LegacyEncodingOf(string name)
    {
        var codePage = name switch
        {
            _ when name.Contains("RKSJ", StringComparison.Ordinal) => 932,
            _ when name.StartsWith("GBK", StringComparison.Ordinal) || name.StartsWith("GB-EUC", StringComparison.Ordinal) || name.StartsWith("GBpc-EUC", StringComparison.Ordinal) => 936,
            _ when name.Contains("B5", StringComparison.Ordinal) => 950,
            _ when name.StartsWith("KSC", StringComparison.Ordinal) => 949,
            _ when name.StartsWith("EUC-", StringComparison.Ordinal) => 51932,
            _ => 0,
        };
        if (codePage == 0)
        {
            return null;
        }

        try
        {
            return System.Text.CodePagesEncodingProvider.Instance.GetEncoding(codePage);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Unicode text for a code read through a legacy CJK CMap.</summary>
    public static string DecodeLegacyCode(System.Text.Encoding encoding, int code)
    {
        byte[] bytes = code <= 0xFF ? [(byte)code] : [(byte)(code >> 8), (byte)code];
        var text = encoding.GetString(bytes);
        return text.Contains('�', StringComparison.Ordinal) || text == "?" && code != '?' ? "" : text;
    }

    /// <summary>"UCS2", "UTF16", "UTF8" or "UTF32" when the CMap's codes are Unicode encoded that way.</summary>
    public static string? UnicodeFormOf(string name)
    {
        if (!name.StartsWith("Uni", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var form in (string[])["UCS2", "UTF16", "UTF8", "UTF32"])
        {
            if (name.Contains("-" + form + "-", StringComparison.Ordinal))
            {
                return form;
            }
        }

        return null;
    }

    /// <summary>Unicode text for a code read through a Unicode-keyed CMap.</summary>
    public static string DecodeUnicodeCode(string form, int code)
    {
        switch (form)
        {
            case "UTF16" when (uint)code > 0xFFFF:
                var high = (char)(code >> 16);
                var low = (char)(code & 0xFFFF);
                return char.IsSurrogatePair(high, low) ? new string([high, low]) : "";
            case "UTF8" when (uint)code > 0x7F:
                var bytes = new List<byte>();
                for (var shift = 24; shift >= 0; shift -= 8)
                {
                    if (((code >> shift) & 0xFF) != 0 || bytes.Count > 0)
                    {
                        bytes.Add((byte)(code >> shift));
                    }
                }

                return System.Text.Encoding.UTF8.GetString([.. bytes]);
            default:
                return code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "";
        }
    }

    private static void AddUnicodeCodespaces(CMap cmap, string form)
    {
        switch (form)
        {
            case "UCS2":
                cmap.AddCodespace(new CodespaceRange(0x0000, 0xFFFF, 2));
                break;
            case "UTF16":
                cmap.AddCodespace(new CodespaceRange(0x0000, 0xD7FF, 2));
                cmap.AddCodespace(new CodespaceRange(0xE000, 0xFFFF, 2));
                cmap.AddCodespace(new CodespaceRange(unchecked((int)0xD800DC00), unchecked((int)0xDBFFDFFF), 4));
                break;
            case "UTF8":
                cmap.AddCodespace(new CodespaceRange(0x00, 0x7F, 1));
                cmap.AddCodespace(new CodespaceRange(0xC280, 0xDFBF, 2));
                cmap.AddCodespace(new CodespaceRange(0xE08080, 0xEFBFBF, 3));
                cmap.AddCodespace(new CodespaceRange(unchecked((int)0xF0808080), unchecked((int)0xF4BFBFBF), 4));
                break;
            default:
                cmap.AddCodespace(new CodespaceRange(0x00000000, 0x0010FFFF, 4));
                break;
        }
    }

    private static bool AddCjkCodespaces(CMap cmap, string name)
    {
        (int Low, int High, int Length)[]? ranges = name switch
        {
            _ when name.Contains("RKSJ", StringComparison.Ordinal) => [(0x00, 0x80, 1), (0xA0, 0xDF, 1), (0x8140, 0x9FFC, 2), (0xE040, 0xFCFC, 2)],
            _ when name.StartsWith("GBK", StringComparison.Ordinal) => [(0x00, 0x80, 1), (0x8140, 0xFEFE, 2)],
            _ when name.Contains("B5", StringComparison.Ordinal) => [(0x00, 0x80, 1), (0xA140, 0xFEFE, 2)],
            _ when name.StartsWith("KSC", StringComparison.Ordinal) => [(0x00, 0x80, 1), (0x8141, 0xFEFE, 2)],
            _ when name.Contains("EUC", StringComparison.Ordinal) => [(0x00, 0x80, 1), (0x8EA0, 0x8EDF, 2), (0xA1A1, 0xFEFE, 2)],
            _ => null,
        };
        if (ranges is null)
        {
            return false;
        }

        foreach (var (low, high, length) in ranges)
        {
            cmap.AddCodespace(new CodespaceRange(low, high, length));
        }

        return true;
    }
}
