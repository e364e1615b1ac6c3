using System.IO.Compression;
using System.Text;

namespace SkillGap.Core.Tests.Documents.Hostile;

/// <summary>Seeded mutations of real Word packages, at the level of their XML, their parts and their ZIP bytes.</summary>
public static class DocxMutator
{
    public static readonly string[] Kinds =
    [
        "broken-xml", "deep-nesting", "huge-attribute", "entity-declaration", "missing-part",
        "duplicated-part", "relationship-target", "odd-entry-name", "zip-bytes",
    ];

    private static readonly (string Open, string Close)[] s_nestings =
    [
        ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"),
        ("<w:smartTag w:element=\"x\">", "</w:smartTag>"),
        ("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>"),
        ("<w:r>", "</w:r>"),
        ("<w:customXml w:element=\"x\">", "</w:customXml>"),
        ("<x:a xmlns:x=\"urn:x\">", "</x:a>"),
    ];

    private static readonly string[] s_oddTargets =
    [
        "mailto:someone@example.com|", "http://[bad", "", "/", "../../../../etc/passwd", "word/", "%%%",
        "word/document.xml", new string('a', 5000), "file:///C:/x.docx", "word/media/../../x.xml",
    ];

    private static readonly string[] s_oddNames =
    [
        "word/../document.xml", "word\\document2.xml", "/word/x.xml", "word/d\u00f6c.xml", "word/" + new string('n', 300) + ".xml",
        "word/", "word/x.xml/", "[Content_Types].xml ", "word/%41.xml",
    ];

    public static byte[] Mutate(byte[] docx, string kind, Random random) => kind switch
    {
        "broken-xml" => Rezip(docx, parts => BreakXml(parts, random)),
        "deep-nesting" => Rezip(docx, parts => Nest(parts, random)),
        "huge-attribute" => Rezip(docx, parts => HugeAttribute(parts, random)),
        "entity-declaration" => Rezip(docx, parts => EntityDeclaration(parts, random)),
        "missing-part" => Rezip(docx, parts => parts.RemoveAt(random.Next(parts.Count))),
        "duplicated-part" => Rezip(docx, parts => Duplicate(parts, random)),
        "relationship-target" => Rezip(docx, parts => RetargetRelationship(parts, random)),
        "odd-entry-name" => Rezip(docx, parts => Rename(parts, random)),
        "zip-bytes" => MutateBytes(docx, random),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static byte[] Rezip(byte[] docx, Action<List<(string Name, byte[] Data)>> change)
    {
        var parts = new List<(string Name, byte[] Data)>();
        using (var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                parts.Add((entry.FullName, buffer.ToArray()));
            }
        }

        change(parts);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in parts)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(data);
            }
        }

        return output.ToArray();
    }

    private static int XmlPart(List<(string Name, byte[] Data)> parts, Random random)
    {
        var xml = parts.Select((p, i) => (p, i)).Where(x => x.p.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || x.p.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList();
        var main = xml.FindIndex(x => x.p.Name == "word/document.xml");

        // Half the time the main document, since that is the part every read reaches.
        return main >= 0 && random.Next(2) == 0 ? xml[main].i : xml[random.Next(xml.Count)].i;
    }

    private static void Replace(List<(string Name, byte[] Data)> parts, int index, string xml) => parts[index] = (parts[index].Name, Encoding.UTF8.GetBytes(xml));

    private static string Text(List<(string Name, byte[] Data)> parts, int index) => Encoding.UTF8.GetString(parts[index].Data);

    private static void BreakXml(List<(string Name, byte[] Data)> parts, Random random)
    {
        var index = XmlPart(parts, random);
        var xml = Text(parts, index);
        var at = random.Next(xml.Length);
        var length = Math.Min(xml.Length - at, random.Next(1, 200));
        Replace(parts, index, random.Next(3) switch
        {
            0 => xml[..at],
            1 => xml.Remove(at, length),
            _ => xml.Insert(at, "<\"&" + new string('>', random.Next(1, 4))),
        });
    }

    private static void Nest(List<(string Name, byte[] Data)> parts, Random random)
    {
        var index = XmlPart(parts, random);
        var xml = Text(parts, index);
        var (open, close) = s_nestings[random.Next(s_nestings.Length)];
        var depth = random.Next(4) == 0 ? random.Next(20, 200) : random.Next(1_000, 60_000);

        // Inside the root element, so the part stays well-formed and only its depth is hostile.
        var rootEnd = xml.IndexOf('>', Math.Max(0, xml.IndexOf("?>", StringComparison.Ordinal) + 2));
        var closing = xml.LastIndexOf("</", StringComparison.Ordinal);
        if (rootEnd < 0 || closing <= rootEnd)
        {
            return;
        }

        var inner = xml[(rootEnd + 1)..closing];
        var nested = DocxBuilder.Nested(open.Replace("w:", Prefix(xml), StringComparison.Ordinal), close.Replace("w:", Prefix(xml), StringComparison.Ordinal), depth, inner);
        Replace(parts, index, xml[..(rootEnd + 1)] + nested + xml[closing..]);
    }

    // The wordprocessing prefix this part declares, or w: with its declaration when it has none.
    private static string Prefix(string xml) => xml.Contains("xmlns:w=", StringComparison.Ordinal) ? "w:" : "w:";

    private static void HugeAttribute(List<(string Name, byte[] Data)> parts, Random random)
    {
        var index = XmlPart(parts, random);
        var xml = Text(parts, index);
        var size = random.Next(3) == 0 ? random.Next(1 << 20, 4 << 20) : random.Next(1_000, 100_000);
        var tags = Enumerable.Range(0, xml.Length - 1).Where(i => xml[i] == '<' && char.IsLetter(xml[i + 1])).ToList();
        if (tags.Count == 0)
        {
            return;
        }

        var at = xml.IndexOfAny([' ', '>', '/'], tags[random.Next(tags.Count)]);
        Replace(parts, index, xml.Insert(at, $" hostile=\"{new string('A', size)}\""));
    }

    private static void EntityDeclaration(List<(string Name, byte[] Data)> parts, Random random)
    {
        var index = XmlPart(parts, random);
        var xml = Text(parts, index);
        var declaration = random.Next(2) == 0
            ? "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
            : "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
        var afterProlog = xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
        Replace(parts, index, xml.Insert(afterProlog, declaration));
    }

    private static void Duplicate(List<(string Name, byte[] Data)> parts, Random random)
    {
        var (name, data) = parts[random.Next(parts.Count)];
        parts.Insert(random.Next(parts.Count + 1), (random.Next(2) == 0 ? name : name.ToUpperInvariant(), data));
    }

    private static void RetargetRelationship(List<(string Name, byte[] Data)> parts, Random random)
    {
        var rels = parts.Select((p, i) => (p, i)).Where(x => x.p.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList();
        if (rels.Count == 0)
        {
            return;
        }

        var index = rels[random.Next(rels.Count)].i;
        var xml = Text(parts, index);
        var targets = System.Text.RegularExpressions.Regex.Matches(xml, "Target=\"[^\"]*\"");
        if (targets.Count == 0)
        {
            return;
        }

        var target = targets[random.Next(targets.Count)];
        var replacement = System.Security.SecurityElement.Escape(s_oddTargets[random.Next(s_oddTargets.Length)]);
        var mode = random.Next(2) == 0 ? " TargetMode=\"External\"" : "";
        Replace(parts, index, xml.Remove(target.Index, target.Length).Insert(target.Index, $"Target=\"{replacement}\"{mode}"));
    }

    private static void Rename(List<(string Name, byte[] Data)> parts, Random random)
    {
        var index = random.Next(parts.Count);
        parts[index] = (s_oddNames[random.Next(s_oddNames.Length)], parts[index].Data);
    }

    private static byte[] MutateBytes(byte[] docx, Random random)
    {
        var bytes = (byte[])docx.Clone();
        switch (random.Next(3))
        {
            case 0:
                for (var i = random.Next(1, 20); i > 0; i--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            case 1:
                return bytes[..random.Next(4, bytes.Length)];
            default:
                // A size or offset field of a local or central header: where ZIP readers trust the file.
                var headers = Enumerable.Range(0, bytes.Length - 4)
                    .Where(i => bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] is 1 or 3 && bytes[i + 3] is 2 or 4).ToList();
                var at = headers[random.Next(headers.Count)] + random.Next(14, 30);
                for (var k = 0; k < 4 && at + k < bytes.Length; k++)
                {
                    bytes[at + k] = (byte)random.Next(256);
                }

                return bytes;
        }
    }
}
