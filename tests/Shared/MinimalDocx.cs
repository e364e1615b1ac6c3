using System.IO.Compression;
using System.Text;

namespace SkillGap.Testing;

/// <summary>
/// Smallest Word packages around any body XML, for hostile-input tests and benchmarks. One source file, compiled into
/// each test and benchmark project that needs it (linked in their project files).
/// </summary>
internal static class MinimalDocx
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
          <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
          <Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
        </Types>
        """;

    public const string PackageRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
        </Relationships>
        """;

    public static string Paragraph(string text) => $"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>";

    /// <summary>Open and close tags repeated <paramref name="depth"/> times around <paramref name="inner"/>, built without recursion.</summary>
    public static string Nested(string open, string close, int depth, string inner) =>
        new StringBuilder((open.Length + close.Length) * depth + inner.Length).Insert(0, open, depth).Append(inner).Append(new StringBuilder().Insert(0, close, depth)).ToString();

    /// <summary>A package of just a main document whose body is <paramref name="bodyXml"/>.</summary>
    public static byte[] WithBody(string bodyXml) => Zip(new Dictionary<string, string?>
    {
        ["[Content_Types].xml"] = ContentTypes,
        ["_rels/.rels"] = PackageRels,
        ["word/document.xml"] = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{bodyXml}</w:body></w:document>""",
    });

    /// <summary>The parts in order (a null value leaves a part out; a name may repeat, as hostile ZIPs do).</summary>
    public static byte[] Zip(IEnumerable<KeyValuePair<string, string?>> parts, CompressionLevel level = CompressionLevel.SmallestSize)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                if (content is null)
                {
                    continue;
                }

                using var stream = zip.CreateEntry(name, level).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }
}
