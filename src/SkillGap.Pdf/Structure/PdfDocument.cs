using System.Security.Cryptography;
using SkillGap.Pdf.Filters;
using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Security;

namespace SkillGap.Pdf.Structure;

/// <summary>
/// An opened PDF: finds objects through the cross-reference table (rebuilt by scanning when it is damaged),
/// decrypts them, decodes streams within the budget, and collects warnings.
/// </summary>
internal sealed partial class PdfDocument : IPdfObjectResolver
{
    private const int MaxReferenceHops = 32;
    private const int MaxWarnings = 50;

    /// <summary>Loading one object can load others (an indirect /Length, an object stream); chains deeper than this are refused.</summary>
    private const int MaxNestedLoads = 48;

    private readonly byte[] _data;
    private readonly ReadBudget _budget;
    private readonly Dictionary<int, PdfObject> _cache = [];
    private readonly HashSet<int> _loading = [];
    private readonly Dictionary<int, ObjectStream?> _objectStreams = [];
    private readonly List<string> _warnings = [];
    private CrossReference _xref;
    private CrossReference? _repaired;
    private StandardSecurityHandler? _security;
    private int _encryptObjectNumber = -1;

    private PdfDocument(byte[] data, ReadBudget budget, CrossReference xref)
    {
        _data = data;
        _budget = budget;
        _xref = xref;
    }

    public PdfDictionary Trailer => _xref.Trailer;

    public PdfDictionary Catalog { get; private set; } = PdfDictionary.Empty;

    public ReadBudget Budget => _budget;

    public IReadOnlyList<string> Warnings => _warnings;

    public IEnumerable<int> ObjectNumbers => _xref.Entries.Keys.Order();

    /// <summary>Opens the document; throws <see cref="PdfCorruptException"/> or <see cref="PdfPasswordRequiredException"/>.</summary>
    public static PdfDocument Open(byte[] data, int headerOffset, ReadBudget budget)
    {
        var placeholder = new PdfDocument(data, budget, new CrossReference());
        var xref = XrefReader.Read(data, headerOffset, budget, placeholder);
        var document = new PdfDocument(data, budget, xref ?? new CrossReference());
        document._warnings.AddRange(placeholder._warnings);
        if (xref is null)
        {
            document.Warn("The cross-reference table was missing or damaged; the reader rebuilt it by scanning the file.");
            document.UseRepairedTable();
        }
        else
        {
            document.OpenSecurity();
        }

        if (!document.TryFindCatalog() && !document._xref.IsRepaired)
        {
            document.Warn("The document catalog could not be found through the cross-reference table; the reader rebuilt it by scanning the file.");
            document.UseRepairedTable();
            document.TryFindCatalog();
        }

        return document.Catalog.Entries.Count == 0
            ? throw new PdfCorruptException("The PDF has no readable document catalog.")
            : document;
    }

    public PdfObject Resolve(PdfObject? obj)
    {
        for (int hop = 0; hop < MaxReferenceHops && obj is PdfReference reference; hop++)
        {
            obj = Load(reference.Number);
        }

        return obj is null or PdfReference ? PdfNull.Instance : obj;
    }

    public byte[] DecodeStream(PdfStream stream)
    {
        _budget.Tick();
        byte[] raw = stream.RawData.ToArray();
        try
        {
            if (_security is not null && stream.ObjectNumber >= 0 && stream.ObjectNumber != _encryptObjectNumber
                && this.GetName(stream.Dictionary, "Type") != "XRef")
            {
                raw = _security.DecryptStream(raw, stream.ObjectNumber, stream.Generation, StreamCryptFilter(stream.Dictionary));
            }

            return StreamDecoder.Decode(stream.Dictionary, raw, this, _budget);
        }
        catch (CryptographicException)
        {
            throw new PdfCorruptException("A stream could not be decrypted.");
        }
    }

    public void Warn(string message)
    {
        if (_warnings.Count < MaxWarnings && !_warnings.Contains(message))
        {
            _warnings.Add(message);
        }
    }

    private PdfObject Load(int number)
    {
        if (_cache.TryGetValue(number, out var cached))
        {
            return cached;
        }

        if (_loading.Count >= MaxNestedLoads)
        {
            Warn("Objects in the PDF refer to each other too deeply; the reader stopped following them.");
            return PdfNull.Instance;
        }

        if (!_loading.Add(number))
        {
            return PdfNull.Instance;
        }

        try
        {
            _budget.CountObject();
            var value = LoadUncached(number);
            _cache[number] = value;
            return value;
        }
        finally
        {
            _loading.Remove(number);
        }
    }

    private PdfObject LoadUncached(int number)
    {
        if (_xref.Entries.TryGetValue(number, out var entry))
        {
            var value = entry.Kind == XrefEntryKind.Compressed
                ? LoadCompressed(number, (int)Math.Min(entry.Location, int.MaxValue))
                : LoadInFile(number, entry.Location);
            if (value is not null)
            {
                return value;
            }
        }

        // The table is wrong or incomplete for this object: ask a scan of the file.
        if (!_xref.IsRepaired)
        {
            _repaired ??= XrefRepairer.Scan(_data, _budget);
            if (_repaired.Entries.TryGetValue(number, out var repairedEntry) && LoadInFile(number, repairedEntry.Location) is { } found)
            {
                Warn("Some entries of the cross-reference table were wrong; the reader found those objects by scanning the file.");
                return found;
            }
        }

        return PdfNull.Instance;
    }

    private PdfObject? LoadInFile(int number, long offset)
    {
        PdfObject ResolveLength(PdfObject length) => Resolve(length);
        IndirectObject? read;
        try
        {
            read = IndirectObjectReader.Read(_data, offset, ResolveLength);
        }
        catch (PdfCorruptException)
        {
            return null;
        }

        if (read is not { } indirect || indirect.Number != number)
        {
            return null;
        }

        return Decrypt(indirect.Value, indirect.Number, indirect.Generation);
    }

    private PdfObject? LoadCompressed(int number, int streamNumber)
    {
        if (!_objectStreams.TryGetValue(streamNumber, out var objectStream))
        {
            objectStream = OpenObjectStream(streamNumber);
            _objectStreams[streamNumber] = objectStream;
        }

        try
        {
            return objectStream?.Get(number);
        }
        catch (PdfCorruptException)
        {
            return null;
        }
    }

    private ObjectStream? OpenObjectStream(int streamNumber)
    {
        if (streamNumber == 0 || Load(streamNumber) is not PdfStream stream)
        {
            Warn("An object stream is missing.");
            return null;
        }

        try
        {
            var data = DecodeStream(stream);
            return new ObjectStream(data, (int)(this.GetNumber(stream.Dictionary, "N") ?? 0), (int)(this.GetNumber(stream.Dictionary, "First") ?? 0));
        }
        catch (PdfCorruptException)
        {
            Warn("An object stream could not be decoded.");
            return null;
        }
    }

    private PdfObject Decrypt(PdfObject value, int number, int generation)
    {
        if (_security is null || number == _encryptObjectNumber)
        {
            return value;
        }

        return StringDecryption.Apply(value, text => _security.DecryptString(text, number, generation));
    }

    private static string? StreamCryptFilter(PdfDictionary dictionary)
    {
        bool usesCrypt = dictionary["Filter"] switch
        {
            PdfName { Value: "Crypt" } => true,
            PdfArray array => array.Items.Any(f => f is PdfName { Value: "Crypt" }),
            _ => false,
        };
        if (!usesCrypt)
        {
            return null;
        }

        var parms = dictionary["DecodeParms"] switch
        {
            PdfDictionary d => d,
            PdfArray a => a.Items.OfType<PdfDictionary>().FirstOrDefault(d => d.ContainsKey("Name")),
            _ => null,
        };
        return (parms?["Name"] as PdfName)?.Value ?? "Identity";
    }
}
