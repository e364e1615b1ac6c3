using System.IO.Compression;
using System.Text;

namespace SkillGap.Core.Tests.Documents.Hostile;

/// <summary>Writes small Word packages part by part, so a test can put any XML (or any ZIP oddity) where Word would.</summary>
public static class DocxBuilder
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
          <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
          <Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
        </Types>
        """;

    private const string PackageRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
        </Relationships>
        """;

    private const string DocumentRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
          <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
        </Relationships>
        """;

    public static string Paragraph(string text) => $"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>";

    /// <summary>A body of the given block XML, with the header reference the header part needs to be read.</summary>
    public static string Document(string bodyXml) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{bodyXml}<w:sectPr><w:headerReference w:type="default" r:id="rId1"/></w:sectPr></w:body></w:document>""";

    public static string Header(string blocksXml) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W}">{blocksXml}</w:hdr>""";

    public static string Footnotes(string blocksXml) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}"><w:footnote w:id="1">{blocksXml}</w:footnote></w:footnotes>""";

    /// <summary>Open and close tags repeated <paramref name="depth"/> times around <paramref name="inner"/>, built without recursion.</summary>
    public static string Nested(string open, string close, int depth, string inner)
    {
        var builder = new StringBuilder((open.Length + close.Length) * depth + inner.Length);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(open);
        }

        builder.Append(inner);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(close);
        }

        return builder.ToString();
    }

    /// <summary>The standard parts with these replaced or added (a null value leaves a part out).</summary>
    public static Dictionary<string, string?> Parts(string? document = null, string? header = null, string? footnotes = null) => new(StringComparer.Ordinal)
    {
        ["[Content_Types].xml"] = ContentTypes,
        ["_rels/.rels"] = PackageRels,
        ["word/_rels/document.xml.rels"] = DocumentRels,
        ["word/document.xml"] = document ?? Document(Paragraph("Skills") + Paragraph("Kubernetes, Terraform and Linux")),
        ["word/header1.xml"] = header ?? Header(Paragraph("Ada Lovelace · ada@example.com")),
        ["word/footnotes.xml"] = footnotes ?? Footnotes(Paragraph("A footnote")),
    };

    public static byte[] Build(string? document = null, string? header = null, string? footnotes = null) => Zip(Parts(document, header, footnotes));

    public static byte[] Zip(IEnumerable<KeyValuePair<string, string?>> parts, CompressionLevel level = CompressionLevel.Optimal)
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

                var entry = zip.CreateEntry(name, level);
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }
}
