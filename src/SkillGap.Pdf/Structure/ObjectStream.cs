using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Syntax;

namespace SkillGap.Pdf.Structure;

/// <summary>A decoded object stream (§7.5.7): a header of "number offset" pairs, then the objects from /First on.</summary>
internal sealed class ObjectStream
{
    private const int MaxObjectsPerStream = 100_000;

    private readonly byte[] _data;
    private readonly int _first;
    private readonly Dictionary<int, int> _offsets = [];

    public ObjectStream(byte[] data, int count, int first)
    {
        _data = data;
        _first = Math.Clamp(first, 0, data.Length);
        var lexer = new PdfLexer(data, 0, _first);
        for (int i = 0; i < Math.Min(count, MaxObjectsPerStream); i++)
        {
            var number = lexer.Next();
            var offset = lexer.Next();
            if (number.Kind != PdfTokenKind.Number || offset.Kind != PdfTokenKind.Number)
            {
                break;
            }

            _offsets.TryAdd((int)Math.Clamp(number.Number, 0, int.MaxValue), (int)Math.Clamp(offset.Number, 0, int.MaxValue));
        }
    }

    public IEnumerable<int> ObjectNumbers => _offsets.Keys;

    public PdfObject? Get(int objectNumber)
    {
        if (!_offsets.TryGetValue(objectNumber, out int offset) || (long)_first + offset >= _data.Length)
        {
            return null;
        }

        var lexer = new PdfLexer(_data) { Position = _first + offset };
        return new PdfObjectParser(lexer, allowReferences: true).ReadObject();
    }
}
