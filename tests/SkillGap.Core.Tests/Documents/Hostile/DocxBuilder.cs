using System.IO.Compression;
using SkillGap.Testing;

namespace SkillGap.Core.Tests.Documents.Hostile;

/// <summary>Writes small Word packages part by part, so a test can put any XML (or any ZIP oddity) where Word would.</summary>
public static class DocxBuilder
{
    public const string W = MinimalDocx.W;

    private const string DocumentRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
          <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
        </Relationships>
        """;

    public static string Paragraph(string text) => MinimalDocx.Paragraph(text);

    /// <summary>A body of the given block XML, with the header reference the header part needs to be read.</summary>
    public static string Document(string bodyXml) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{bodyXml}<w:sectPr><w:headerReference w:type="default" r:id="rId1"/></w:sectPr></w:body></w:document>""";

    public static string Header(string blocksXml) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W}">{blocksXml}</w:hdr>""";

    public static string Footnotes(string blocksXml) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}"><w:footnote w:id="1">{blocksXml}</w:footnote></w:footnotes>""";

    public static string Nested(string open, string close, int depth, string inner) => MinimalDocx.Nested(open, close, depth, inner);

    /// <summary>The standard parts with these replaced or added (a null value leaves a part out).</summary>
    public static Dictionary<string, string?> Parts(string? document = null, string? header = null, string? footnotes = null) => new(StringComparer.Ordinal)
    {
        ["[Content_Types].xml"] = MinimalDocx.ContentTypes,
        ["_rels/.rels"] = MinimalDocx.PackageRels,
        ["word/_rels/document.xml.rels"] = DocumentRels,
        ["word/document.xml"] = document ?? Document(Paragraph("Skills") + Paragraph("Kubernetes, Terraform and Linux")),
        ["word/header1.xml"] = header ?? Header(Paragraph("Ada Lovelace · ada@example.com")),
        ["word/footnotes.xml"] = footnotes ?? Footnotes(Paragraph("A footnote")),
    };

    public static byte[] Build(string? document = null, string? header = null, string? footnotes = null) => Zip(Parts(document, header, footnotes));

    public static byte[] Zip(IEnumerable<KeyValuePair<string, string?>> parts, CompressionLevel level = CompressionLevel.Optimal) => MinimalDocx.Zip(parts, level);
}
