using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Security;

namespace SkillGap.Pdf.Structure;

/// <summary>Opening steps: falling back to a scanned table, switching on decryption, finding the catalog.</summary>
internal sealed partial class PdfDocument
{
    private void UseRepairedTable()
    {
        _repaired ??= XrefRepairer.Scan(_data, _budget);
        _xref = _repaired;
        _cache.Clear();
        _objectStreams.Clear();
        OpenSecurity();
        AddObjectsFromObjectStreams();
    }

    /// <summary>A scan only sees objects written in the open; objects packed in object streams are listed from each stream's header.</summary>
    private void AddObjectsFromObjectStreams()
    {
        foreach (int number in _xref.Entries.Keys.ToList())
        {
            if (Load(number) is PdfStream { Dictionary: var dictionary } && dictionary["Type"] is PdfName { Value: "ObjStm" })
            {
                if (!_objectStreams.TryGetValue(number, out var objectStream))
                {
                    objectStream = OpenObjectStream(number);
                    _objectStreams[number] = objectStream;
                }

                foreach (int inner in objectStream?.ObjectNumbers ?? [])
                {
                    _xref.AddIfAbsent(inner, new XrefEntry(XrefEntryKind.Compressed, number, 0));
                }
            }

            if (_xref.Trailer["Root"] is null && Load(number) is PdfStream { Dictionary: var xrefDictionary }
                && xrefDictionary["Type"] is PdfName { Value: "XRef" })
            {
                _xref.MergeTrailer(xrefDictionary);
            }
        }

        _cache.Clear();
    }

    private void OpenSecurity()
    {
        _security = null;
        var encryptReference = Trailer["Encrypt"];
        if (encryptReference is null)
        {
            return;
        }

        _encryptObjectNumber = (encryptReference as PdfReference)?.Number ?? -1;
        if (Resolve(encryptReference) is not PdfDictionary encrypt)
        {
            Warn("The PDF says it is encrypted but its encryption dictionary is missing; the reader treats it as plain.");
            return;
        }

        var id = Resolve(Trailer["ID"]) is PdfArray { Count: > 0 } ids && Resolve(ids[0]) is PdfString first ? first.Bytes : [];
        _security = StandardSecurityHandler.Open(encrypt, id, this);

        // Anything read before decryption was switched on (the encryption dictionary aside) must be read again.
        _cache.Clear();
        _objectStreams.Clear();
        _cache[_encryptObjectNumber] = encrypt;
    }

    private bool TryFindCatalog()
    {
        if (Resolve(Trailer["Root"]) is PdfDictionary root && (root.ContainsKey("Pages") || root["Type"] is PdfName { Value: "Catalog" }))
        {
            Catalog = root;
            return true;
        }

        if (!_xref.IsRepaired)
        {
            return false;
        }

        foreach (int number in ObjectNumbers)
        {
            if (Load(number) is PdfDictionary candidate && candidate["Type"] is PdfName { Value: "Catalog" } && candidate.ContainsKey("Pages"))
            {
                Catalog = candidate;
                _xref.SetTrailerEntry("Root", new PdfReference(number, 0));
                return true;
            }
        }

        return false;
    }
}
