using SkillGap.Pdf.Fonts.CMaps;

namespace SkillGap.Pdf.Fonts.Programs;

/// <summary>Reads the built-in /Encoding of an embedded Type 1 program from its clear-text part (<c>dup 65 /A put</c>).</summary>
internal static class Type1Encoding
{
    private const int MaxClearText = 1 << 20;

    /// <summary>Glyph names per code; null when the program uses StandardEncoding or has no readable encoding.</summary>
    public static string?[]? Read(ReadOnlyMemory<byte> program, int clearTextLength)
    {
        var clear = ClearText(program, clearTextLength);
        var start = IndexOf(clear.Span, "/Encoding"u8);
        if (start < 0)
        {
            return null;
        }

        var tokenizer = new CMapTokenizer(clear[(start + 9)..]);
        var names = new string?[256];
        var found = false;
        var window = new CMapToken[3];
        while (true)
        {
            var token = tokenizer.Next();
            if (token.Kind == CMapTokenKind.End || (token.Kind == CMapTokenKind.Operator && token.Text is "def" or "readonly" && found))
            {
                break;
            }

            if (token.Kind == CMapTokenKind.Operator && token.Text == "StandardEncoding" && !found)
            {
                return null;
            }

            if (token.Kind == CMapTokenKind.Operator && token.Text == "put"
                && window[1].Kind == CMapTokenKind.Number && window[2].Kind == CMapTokenKind.Name
                && window[1].Number is >= 0 and < 256)
            {
                names[(int)window[1].Number] = window[2].Text;
                found = true;
            }

            window[0] = window[1];
            window[1] = window[2];
            window[2] = token;
        }

        return found ? names : null;
    }

    private static ReadOnlyMemory<byte> ClearText(ReadOnlyMemory<byte> program, int clearTextLength)
    {
        var span = program.Span;
        if (span.Length > 6 && span[0] == 0x80 && span[1] == 0x01)
        {
            // A PFB segment header: 0x80, type, 4-byte little-endian length.
            var segment = span[2] | (span[3] << 8) | (span[4] << 16) | (span[5] << 24);
            program = program[6..];
            clearTextLength = segment;
        }

        var length = clearTextLength > 0 ? Math.Min(clearTextLength, program.Length) : program.Length;
        length = Math.Min(length, MaxClearText);
        var eexec = IndexOf(program.Span[..length], "eexec"u8);
        return program[..(eexec >= 0 ? eexec : length)];
    }

    private static int IndexOf(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle) => haystack.IndexOf(needle);
}
