using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Content;

/// <summary>
/// Which optional-content groups (layers, §8.11) are off in the document's default view. Content in a hidden layer
/// is not seen by a reader, so its text is marked invisible.
/// </summary>
internal sealed class OptionalContent
{
    private const int MaxGroups = 10_000;

    private readonly HashSet<PdfDictionary> _hidden;
    private readonly IPdfObjectResolver _resolver;

    private OptionalContent(HashSet<PdfDictionary> hidden, IPdfObjectResolver resolver)
    {
        _hidden = hidden;
        _resolver = resolver;
    }

    public static OptionalContent None { get; } = new([], new NullResolver());

    public static OptionalContent FromCatalog(PdfDictionary catalog, IPdfObjectResolver resolver)
    {
        var hidden = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        if (resolver.GetDictionary(catalog, "OCProperties") is not { } properties || resolver.GetDictionary(properties, "D") is not { } defaults)
        {
            return new OptionalContent(hidden, resolver);
        }

        if (resolver.GetName(defaults, "BaseState") == "OFF")
        {
            var on = Groups(resolver.GetArray(defaults, "ON"), resolver).ToHashSet(ReferenceEqualityComparer.Instance);
            hidden.UnionWith(Groups(resolver.GetArray(properties, "OCGs"), resolver).Where(g => !on.Contains(g)));
        }

        hidden.UnionWith(Groups(resolver.GetArray(defaults, "OFF"), resolver));
        return new OptionalContent(hidden, resolver);
    }

    /// <summary>True for a group that is off, or a membership dictionary whose visibility policy resolves to off.</summary>
    public bool IsHidden(PdfObject? groupOrMembership)
    {
        if (_hidden.Count == 0 || _resolver.Resolve(groupOrMembership) is not PdfDictionary dictionary)
        {
            return false;
        }

        if (_resolver.GetName(dictionary, "Type") != "OCMD")
        {
            return _hidden.Contains(dictionary);
        }

        var groups = _resolver.Resolve(dictionary["OCGs"]) switch
        {
            PdfDictionary single => [single],
            PdfArray array => Groups(array, _resolver).ToList(),
            _ => [],
        };
        if (groups.Count == 0)
        {
            return false;
        }

        return _resolver.GetName(dictionary, "P") switch
        {
            "AllOn" => groups.Any(_hidden.Contains),
            "AnyOff" => groups.All(g => !_hidden.Contains(g)),
            "AllOff" => groups.Any(g => !_hidden.Contains(g)),
            _ => groups.All(_hidden.Contains),
        };
    }

    private static IEnumerable<PdfDictionary> Groups(PdfArray? array, IPdfObjectResolver resolver) =>
        array?.Items.Take(MaxGroups).Select(resolver.Resolve).OfType<PdfDictionary>() ?? [];

    private sealed class NullResolver : IPdfObjectResolver
    {
        public PdfObject Resolve(PdfObject? obj) => obj ?? PdfNull.Instance;

        public byte[] DecodeStream(PdfStream stream) => [];

        public void Warn(string message)
        {
        }
    }
}
