using SkillGap.Core.Documents;
using SkillGap.Core.Refusals;

namespace SkillGap.Core.Tests.Refusals;

public class RefusalTests
{
    [Fact]
    public void EveryReadFailureKindBecomesADistinctFileRefusal()
    {
        var reasons = Enum.GetValues<DocumentReadFailureKind>().Select(Refusal.ReasonFor).ToList();
        Assert.Equal(reasons.Count, reasons.Distinct().Count());
        Assert.All(reasons, r => Assert.True(r <= RefusalReason.TooLarge, $"{r} is a request refusal, not a file refusal"));
    }

    [Fact]
    public void AReadFailureKeepsItsDetailAndTechnicalNote()
    {
        var refusal = Refusal.From(new DocumentReadFailure(DocumentReadFailureKind.TooComplex, "Too deep.", "docx: 300 levels"));
        Assert.Equal(new Refusal(RefusalReason.TooComplex, "Too deep.", "docx: 300 levels"), refusal);
    }

    [Fact]
    public void AnEncryptedWordFileIsRefusedAsPasswordProtected()
    {
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        var bytes = header.Concat(new byte[504]).Concat(System.Text.Encoding.Unicode.GetBytes("EncryptedPackage")).ToArray();
        var refusal = Refusal.From(DocumentReader.Read(bytes).Failure!);
        Assert.Equal(RefusalReason.PasswordProtected, refusal.Reason);
    }
}
