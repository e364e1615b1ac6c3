namespace SkillGap.Core.Documents;

/// <summary>
/// Word saves a password-protected .docx not as a ZIP but as an OLE compound file holding an
/// "EncryptedPackage" stream, so it has to be recognised before format sniffing calls it unknown.
/// </summary>
internal static class OfficeEncryption
{
    private static ReadOnlySpan<byte> CompoundFileSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // Directory entry names are UTF-16LE.
    private static ReadOnlySpan<byte> EncryptedPackageName => "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"u8;

    public static bool IsEncryptedOfficeFile(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(CompoundFileSignature) && bytes.IndexOf(EncryptedPackageName) >= 0;
}
