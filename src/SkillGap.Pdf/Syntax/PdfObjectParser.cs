using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Syntax;

/// <summary>
/// Builds objects from tokens without recursion: containers live on an explicit stack whose depth is capped,
/// so hostile nesting cannot overflow the call stack. An operator keyword inside an open container closes it
/// (the keyword is left for the caller), which keeps one missing "]" from swallowing a whole content stream.
/// </summary>
internal sealed class PdfObjectParser(PdfLexer lexer, bool allowReferences)
{
    public const int MaxDepth = 64;

    private readonly PdfLexer _lexer = lexer;
    private readonly bool _allowReferences = allowReferences;

    public PdfLexer Lexer => _lexer;

    /// <summary>Reads the next object; null when the input ends or the next token is not the start of an object.</summary>
    public PdfObject? ReadObject() => ReadObject(_lexer.Next());

    public PdfObject? ReadObject(PdfToken first)
    {
        // Most operands are lone numbers and names: no container stack needed for them.
        switch (first.Kind)
        {
            case PdfTokenKind.Number:
                return ReadNumberOrReference(first);
            case PdfTokenKind.Name:
                return new PdfName(first.Text!);
            case PdfTokenKind.LiteralString or PdfTokenKind.HexString:
                return new PdfString(first.Bytes!, first.Kind == PdfTokenKind.HexString);
        }

        var stack = new List<Container>();
        var token = first;
        while (true)
        {
            PdfObject? completed = null;
            switch (token.Kind)
            {
                case PdfTokenKind.EndOfInput:
                    return CloseAll(stack);
                case PdfTokenKind.ArrayStart or PdfTokenKind.DictionaryStart:
                    if (stack.Count >= MaxDepth)
                    {
                        throw new PdfCorruptException("Arrays or dictionaries are nested too deeply.");
                    }

                    stack.Add(new Container(token.Kind == PdfTokenKind.DictionaryStart));
                    break;
                case PdfTokenKind.ArrayEnd:
                    if (stack.Count == 0)
                    {
                        return null;
                    }

                    if (!stack[^1].IsDictionary)
                    {
                        completed = Pop(stack);
                    }

                    break;
                case PdfTokenKind.DictionaryEnd:
                    if (stack.Count == 0)
                    {
                        return null;
                    }

                    if (stack[^1].IsDictionary)
                    {
                        completed = Pop(stack);
                    }

                    break;
                case PdfTokenKind.Number:
                    completed = ReadNumberOrReference(token);
                    break;
                case PdfTokenKind.LiteralString or PdfTokenKind.HexString:
                    completed = new PdfString(token.Bytes!, token.Kind == PdfTokenKind.HexString);
                    break;
                case PdfTokenKind.Name:
                    completed = new PdfName(token.Text!);
                    break;
                case PdfTokenKind.Keyword:
                    completed = token.Text switch
                    {
                        "true" => PdfBoolean.True,
                        "false" => PdfBoolean.False,
                        "null" => PdfNull.Instance,
                        _ => null,
                    };
                    if (completed is null)
                    {
                        if (stack.Count == 0)
                        {
                            return null;
                        }

                        if (IsOperatorLike(token.Text!))
                        {
                            _lexer.Position = token.Start;
                            return CloseAll(stack);
                        }
                    }

                    break;
            }

            if (completed is not null)
            {
                if (stack.Count == 0)
                {
                    return completed;
                }

                stack[^1].Add(completed);
            }

            token = _lexer.Next();
        }
    }

    private static bool IsOperatorLike(string keyword) => keyword.Length > 0 && (char.IsAsciiLetter(keyword[0]) || keyword[0] is '\'' or '"' or '*');

    private PdfObject ReadNumberOrReference(PdfToken token)
    {
        var number = PdfNumber.Create(token.Number, token.IsInteger);
        if (!_allowReferences || !token.IsInteger || token.Number < 0)
        {
            return number;
        }

        int saved = _lexer.Position;
        var generation = _lexer.Next();
        if (generation.Kind == PdfTokenKind.Number && generation.IsInteger && generation.Number >= 0)
        {
            var r = _lexer.Next();
            if (r.IsKeyword("R"))
            {
                return new PdfReference(number.IntValue, (int)Math.Min(generation.Number, int.MaxValue));
            }
        }

        _lexer.Position = saved;
        return number;
    }

    private static PdfObject Pop(List<Container> stack)
    {
        var top = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        return top.Build();
    }

    private static PdfObject? CloseAll(List<Container> stack)
    {
        PdfObject? result = null;
        while (stack.Count > 0)
        {
            result = Pop(stack);
            if (stack.Count > 0)
            {
                stack[^1].Add(result);
            }
        }

        return result;
    }

    private sealed class Container(bool isDictionary)
    {
        // Content streams are mostly arrays (TJ); only what the container is gets allocated.
        private readonly List<PdfObject> _items = isDictionary ? null! : [];
        private readonly Dictionary<string, PdfObject> _entries = isDictionary ? [] : null!;
        private string? _pendingKey;

        public bool IsDictionary { get; } = isDictionary;

        public void Add(PdfObject item)
        {
            if (!IsDictionary)
            {
                _items.Add(item);
                return;
            }

            if (_pendingKey is null)
            {
                // A non-name where a key belongs is dropped so the following pairs stay aligned as well as they can.
                _pendingKey = (item as PdfName)?.Value;
                return;
            }

            if (item is not PdfNull)
            {
                _entries[_pendingKey] = item;
            }

            _pendingKey = null;
        }

        public PdfObject Build() => IsDictionary ? new PdfDictionary(_entries) : new PdfArray(_items);
    }
}
