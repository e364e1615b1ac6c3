using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Structure;

/// <summary>Decrypts every string inside a freshly parsed object (§7.6.2). Parsed nesting is capped, so the walk is shallow.</summary>
internal static class StringDecryption
{
    public static PdfObject Apply(PdfObject value, Func<byte[], byte[]> decrypt)
    {
        switch (value)
        {
            case PdfString text:
                return new PdfString(decrypt(text.Bytes), text.IsHex);
            case PdfArray array:
                for (int i = 0; i < array.Items.Count; i++)
                {
                    array.Items[i] = Apply(array.Items[i], decrypt);
                }

                return array;
            case PdfDictionary dictionary:
                foreach (var key in dictionary.Entries.Keys.ToList())
                {
                    dictionary.Entries[key] = Apply(dictionary.Entries[key], decrypt);
                }

                return dictionary;
            case PdfStream stream:
                Apply(stream.Dictionary, decrypt);
                return stream;
            default:
                return value;
        }
    }
}
