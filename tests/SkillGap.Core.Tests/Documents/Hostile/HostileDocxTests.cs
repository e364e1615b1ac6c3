using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkillGap.Core.Documents;
using static SkillGap.Core.Tests.Documents.Hostile.DocxBuilder;

namespace SkillGap.Core.Tests.Documents.Hostile;

/// <summary>
/// Word packages built to hurt the reader: deep nesting (which overflowed the stack of the DOCX library's loader and ended
/// the process), ZIP bombs, duplicated and mis-sized entries, DTDs. Each must come back as a typed failure with a detail.
/// </summary>
public class HostileDocxTests
{
    private static DocumentReadFailure Refused(byte[] bytes, DocumentReadFailureKind kind)
    {
        var result = DocumentReader.Read(bytes);
        Assert.Null(result.Document);
        var failure = result.Failure!;
        Assert.Equal(kind, failure.Kind);
        Assert.False(string.IsNullOrWhiteSpace(failure.Detail));
        Assert.False(failure.IsInternalError, failure.Technical);
        return failure;
    }

    [Fact]
    public void TheBaselinePackageReads()
    {
        var document = DocumentReader.Read(Build()).Document!;
        Assert.Equal(["Ada Lovelace · ada@example.com", "Skills", "Kubernetes, Terraform and Linux"], document.Lines.Select(l => l.Text));
    }

    public static TheoryData<string, string, string> DeepNestings => new()
    {
        { "content controls", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>" },
        { "smart tags", "<w:smartTag w:element=\"x\">", "</w:smartTag>" },
        { "tables", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>" },
        { "runs", "<w:r>", "</w:r>" },
        { "unknown elements", "<x:a xmlns:x=\"urn:x\">", "</x:a>" },
    };

    [Theory]
    [MemberData(nameof(DeepNestings))]
    public void DeepNestingInTheBodyIsTooComplex(string what, string open, string close)
    {
        var failure = Refused(Build(document: Document(Nested(open, close, 20_000, Paragraph("Kubernetes")))), DocumentReadFailureKind.TooComplex);
        Assert.Contains("levels deep", failure.Detail, StringComparison.Ordinal);
        Assert.NotEmpty(what);
    }

    [Fact]
    public void DeepNestingInAHeaderIsTooComplex() =>
        Refused(Build(header: Header(Nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 20_000, Paragraph("x")))), DocumentReadFailureKind.TooComplex);

    [Fact]
    public void DeepNestingInFootnotesIsTooComplexEvenThoughTheReaderNeverUsesThem() =>
        Refused(Build(footnotes: Footnotes(Nested("<w:smartTag w:element=\"x\">", "</w:smartTag>", 50_000, Paragraph("x")))), DocumentReadFailureKind.TooComplex);

    [Fact]
    public void NestingAsDeepAsARealDocumentCouldGoIsRead()
    {
        var document = DocumentReader.Read(Build(document: Document(Nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 10, Paragraph("Kubernetes"))))).Document!;
        Assert.Contains(document.Lines, l => l.Text == "Kubernetes");
    }

    [Fact]
    public void FiftyThousandParagraphsAreTooComplex()
    {
        var body = string.Concat(Enumerable.Repeat(Paragraph("Wrote Terraform modules."), 50_000));
        var failure = Refused(Build(document: Document(body)), DocumentReadFailureKind.TooComplex);
        Assert.Contains("paragraphs", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AHugeAttributeIsTooComplex()
    {
        var body = $"<w:p w:rsidR=\"{new string('A', 17 * 1024 * 1024)}\"><w:r><w:t>x</w:t></w:r></w:p>";
        Refused(Build(document: Document(body)), DocumentReadFailureKind.TooComplex);
    }

    [Fact]
    public void AZipBombIsTooComplexBeforeItIsInflated()
    {
        var parts = Parts();
        parts["word/media/bomb.bin"] = new string('\0', 40 * 1024 * 1024);
        Refused(Zip(parts), DocumentReadFailureKind.TooComplex);
    }

    [Fact]
    public void AnEntityDeclarationIsRefusedNotExpanded()
    {
        const string doctype = "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
        var document = Document(Paragraph("&b;")).Replace("?><w:document", "?>" + doctype + "<w:document", StringComparison.Ordinal);
        Refused(Build(document: document), DocumentReadFailureKind.Corrupt);
    }

    [Fact]
    public void BrokenXmlIsCorrupt() =>
        Refused(Build(document: Document(Paragraph("Kubernetes")).Replace("</w:body>", "", StringComparison.Ordinal)), DocumentReadFailureKind.Corrupt);

    [Fact]
    public void ADuplicatedEntryIsCorrupt()
    {
        var parts = Parts().ToList();
        parts.Add(new("word/document.xml", Document(Paragraph("Second copy"))));
        Refused(Zip(parts), DocumentReadFailureKind.Corrupt);
    }

    [Fact]
    public void EntriesOneCaseApartAreOnePartTwiceAndCorrupt()
    {
        var parts = Parts().ToList();
        parts.Add(new("WORD/DOCUMENT.XML", Document(Paragraph("Second copy"))));
        Refused(Zip(parts), DocumentReadFailureKind.Corrupt);
    }

    [Fact]
    public void AMissingMainDocumentIsCorrupt()
    {
        var parts = Parts();
        parts["word/document.xml"] = null;
        var bytes = Zip(parts.Append(new("word/documentx.xml", Document(Paragraph("x")))));
        var result = DocumentReader.Read(bytes);
        Assert.NotNull(result.Failure);
        Assert.False(result.Failure!.IsInternalError, result.Failure.Technical);
    }

    [Fact]
    public void ARelationshipToAMissingPartIsCorrupt()
    {
        var parts = Parts();
        parts["_rels/.rels"] = parts["_rels/.rels"]!.Replace("Target=\"word/document.xml\"", "Target=\"word/nothing.xml\"", StringComparison.Ordinal);
        Refused(Zip(parts), DocumentReadFailureKind.Corrupt);
    }

    [Fact]
    public void AnEntryThatLiesAboutItsSizeIsCorrupt()
    {
        var bytes = Build();
        SetDeclaredSize(bytes, "word/document.xml", 12);
        Refused(bytes, DocumentReadFailureKind.Corrupt);
    }

    [Fact]
    public void AnEntryDeclaringAnAbsurdSizeIsRefusedWithoutOverflow()
    {
        var bytes = Build();
        SetDeclaredSize(bytes, "word/document.xml", uint.MaxValue);
        Assert.NotNull(DocumentReader.Read(bytes).Failure);
    }

    [Fact]
    public void ATruncatedPackageIsCorrupt()
    {
        var bytes = Build();
        Refused(bytes[..(bytes.Length / 2)], DocumentReadFailureKind.Corrupt);
    }

    [Fact]
    public void ReadingStopsWhenTheCallerCancels()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => DocumentReader.Read(Build(), cancellationToken: cancelled.Token));
    }

    [Fact]
    public void ReadingStopsAtItsWallTimeBudget()
    {
        var options = new DocxReadOptions { MaxDuration = TimeSpan.Zero };
        var body = string.Concat(Enumerable.Repeat(Paragraph("Wrote Terraform modules."), 5_000));
        var result = DocumentReader.Read(Build(document: Document(body)), docxOptions: options);
        Assert.Equal(DocumentReadFailureKind.TooComplex, result.Failure?.Kind);
        Assert.Contains("longer than", result.Failure!.Detail, StringComparison.Ordinal);
    }

    /// <summary>Rewrites the uncompressed size of one entry in both its local header and the central directory.</summary>
    private static void SetDeclaredSize(byte[] zip, string name, uint size)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034b50 && zip.AsSpan(i + 30, nameBytes.Length).SequenceEqual(nameBytes)
                && BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(i + 26)) == nameBytes.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46, nameBytes.Length).SequenceEqual(nameBytes)
                     && BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(i + 28)) == nameBytes.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
            }
        }
    }
}
