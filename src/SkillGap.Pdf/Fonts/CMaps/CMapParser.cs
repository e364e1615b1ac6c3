using SkillGap.Pdf.Fonts.Encodings;

namespace SkillGap.Pdf.Fonts.CMaps;

/// <summary>
/// Reads CMap programs: codespace ranges, bfchar/bfrange (ToUnicode) and cidchar/cidrange (encodings), usecmap, WMode.
/// Anything it does not understand is skipped; it never throws for bad input.
/// </summary>
internal static class CMapParser
{
    private const int MaxOperands = 4096;
    private const int MaxUseCMapDepth = 4;

    /// <param name="data">The decoded CMap stream.</param>
    /// <param name="loadNamed">Finds a CMap named by usecmap (e.g. a predefined one); may return null.</param>
    public static CMap Parse(ReadOnlyMemory<byte> data, Func<string, CMap?>? loadNamed = null) => Parse(data, loadNamed, 0);

    private static CMap Parse(ReadOnlyMemory<byte> data, Func<string, CMap?>? loadNamed, int depth)
    {
        var cmap = new CMap();
        var tokenizer = new CMapTokenizer(data);
        var operands = new List<CMapToken>();
        while (true)
        {
            var token = tokenizer.Next();
            switch (token.Kind)
            {
                case CMapTokenKind.End:
                    return cmap;
                case CMapTokenKind.Operator:
                    switch (token.Text)
                    {
                        case "begincodespacerange":
                            ReadCodespaces(tokenizer, cmap);
                            break;
                        case "beginbfchar":
                            ReadBfChars(tokenizer, cmap);
                            break;
                        case "beginbfrange":
                            ReadBfRanges(tokenizer, cmap);
                            break;
                        case "begincidchar":
                            ReadCidChars(tokenizer, cmap);
                            break;
                        case "begincidrange":
                            ReadCidRanges(tokenizer, cmap);
                            break;
                        case "usecmap" when operands.Count > 0 && operands[^1].Kind == CMapTokenKind.Name && depth < MaxUseCMapDepth:
                            cmap.Parent = loadNamed?.Invoke(operands[^1].Text);
                            break;
                        case "def" when operands.Count >= 2 && operands[^2].Kind == CMapTokenKind.Name:
                            ApplyDefinition(cmap, operands[^2].Text, operands[^1]);
                            break;
                    }

                    operands.Clear();
                    break;
                default:
                    if (operands.Count < MaxOperands)
                    {
                        operands.Add(token);
                    }

                    break;
            }
        }
    }

    private static void ApplyDefinition(CMap cmap, string key, CMapToken value)
    {
        if (key == "WMode" && value.Kind == CMapTokenKind.Number)
        {
            cmap.WritingMode = (int)value.Number;
        }
        else if (key == "CMapName" && value.Kind == CMapTokenKind.Name)
        {
            cmap.Name = value.Text;
        }
    }

    private static void ReadCodespaces(CMapTokenizer tokenizer, CMap cmap)
    {
        foreach (var group in ReadGroups(tokenizer, "endcodespacerange", 2))
        {
            if (IsCode(group[0]) && IsCode(group[1]) && group[0].Bytes!.Length == group[1].Bytes!.Length)
            {
                cmap.AddCodespace(new CodespaceRange(ToInt(group[0].Bytes!), ToInt(group[1].Bytes!), group[0].Bytes!.Length));
            }
        }
    }

    private static void ReadBfChars(CMapTokenizer tokenizer, CMap cmap)
    {
        foreach (var group in ReadGroups(tokenizer, "endbfchar", 2))
        {
            if (!IsCode(group[0]))
            {
                continue;
            }

            var text = group[1].Kind switch
            {
                CMapTokenKind.HexString or CMapTokenKind.LiteralString => DecodeDestination(group[1].Bytes!),
                CMapTokenKind.Name => GlyphList.ToUnicode(group[1].Text) ?? "",
                _ => null,
            };
            if (!string.IsNullOrEmpty(text))
            {
                cmap.AddUnicode(ToInt(group[0].Bytes!), text);
            }
        }
    }

    private static void ReadBfRanges(CMapTokenizer tokenizer, CMap cmap)
    {
        while (true)
        {
            var low = tokenizer.Next();
            if (IsGroupEnd(low, "endbfrange"))
            {
                return;
            }

            var high = tokenizer.Next();
            var destination = tokenizer.Next();
            if (IsGroupEnd(high, "endbfrange") || IsGroupEnd(destination, "endbfrange"))
            {
                return;
            }

            if (!IsCode(low) || !IsCode(high))
            {
                continue;
            }

            var lowCode = ToInt(low.Bytes!);
            var highCode = ToInt(high.Bytes!);
            if (highCode < lowCode)
            {
                continue;
            }

            if (destination.Kind == CMapTokenKind.ArrayStart)
            {
                ReadRangeArray(tokenizer, cmap, lowCode, highCode);
            }
            else if (destination.Kind is CMapTokenKind.HexString or CMapTokenKind.LiteralString)
            {
                cmap.AddUnicodeRange(lowCode, highCode, DecodeDestination(destination.Bytes!, isRangeStart: true));
            }
        }
    }

    private static void ReadRangeArray(CMapTokenizer tokenizer, CMap cmap, int lowCode, int highCode)
    {
        var code = lowCode;
        while (true)
        {
            var item = tokenizer.Next();
            if (item.Kind is CMapTokenKind.ArrayEnd or CMapTokenKind.End or CMapTokenKind.Operator)
            {
                return;
            }

            if (code <= highCode && item.Kind is CMapTokenKind.HexString or CMapTokenKind.LiteralString)
            {
                cmap.AddUnicode(code, DecodeDestination(item.Bytes!));
            }

            code++;
        }
    }

    private static void ReadCidChars(CMapTokenizer tokenizer, CMap cmap)
    {
        foreach (var group in ReadGroups(tokenizer, "endcidchar", 2))
        {
            if (IsCode(group[0]) && group[1].Kind == CMapTokenKind.Number)
            {
                cmap.AddCid(ToInt(group[0].Bytes!), (int)group[1].Number);
            }
        }
    }

    private static void ReadCidRanges(CMapTokenizer tokenizer, CMap cmap)
    {
        foreach (var group in ReadGroups(tokenizer, "endcidrange", 3))
        {
            if (IsCode(group[0]) && IsCode(group[1]) && group[2].Kind == CMapTokenKind.Number)
            {
                var low = ToInt(group[0].Bytes!);
                var high = ToInt(group[1].Bytes!);
                if (high >= low)
                {
                    cmap.AddCidRange(low, high, (int)group[2].Number);
                }
            }
        }
    }

    /// <summary>Yields fixed-size operand groups until the end operator (or any begin/end operator: a truncated section ends there).</summary>
    private static IEnumerable<CMapToken[]> ReadGroups(CMapTokenizer tokenizer, string endOperator, int size)
    {
        var group = new CMapToken[size];
        var filled = 0;
        while (true)
        {
            var token = tokenizer.Next();
            if (IsGroupEnd(token, endOperator))
            {
                yield break;
            }

            if (token.Kind == CMapTokenKind.Operator)
            {
                // Junk between entries: skipping it keeps the pairs aligned.
                continue;
            }

            group[filled++] = token;
            if (filled == size)
            {
                yield return group;
                group = new CMapToken[size];
                filled = 0;
            }
        }
    }

    private static bool IsGroupEnd(CMapToken token, string endOperator) =>
        token.Kind == CMapTokenKind.End || (token.Kind == CMapTokenKind.Operator && (token.Text == endOperator || token.Text.StartsWith("end", StringComparison.Ordinal) || token.Text.StartsWith("begin", StringComparison.Ordinal)));

    private static bool IsCode(CMapToken token) =>
        token.Kind is CMapTokenKind.HexString or CMapTokenKind.LiteralString && token.Bytes!.Length is >= 1 and <= 4;

    private static int ToInt(byte[] bytes)
    {
        var value = 0;
        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    /// <summary>Destinations are UTF-16BE (possibly surrogate pairs or several characters); a lone byte is taken as Latin-1.</summary>
    /// <param name="isRangeStart">
    /// Range starts stay raw: U+0000 is kept (&lt;0000&gt; &lt;FFFF&gt; &lt;0000&gt; is the identity) and ligatures are not yet spelled out,
    /// because later codes are computed by advancing the last character.
    /// </param>
    public static string DecodeDestination(byte[] bytes, bool isRangeStart = false)
    {
        if (bytes.Length == 1)
        {
            return bytes[0] == 0 && !isRangeStart ? "" : ((char)bytes[0]).ToString();
        }

        var chars = new char[bytes.Length / 2];
        var count = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            var unit = (char)((bytes[i] << 8) | bytes[i + 1]);
            if (unit != '\0' || isRangeStart)
            {
                chars[count++] = unit;
            }
        }

        var text = new string(chars, 0, count);
        return isRangeStart ? text : LigatureExpander.Expand(text);
    }
}
