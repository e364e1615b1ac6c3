using System.Security.Cryptography;

namespace SkillGap.Pdf.Security;

/// <summary>AES-CBC as PDF uses it (§7.6.3): the first 16 bytes of the data are the IV, PKCS#7 padding at the end.</summary>
internal static class AesCbc
{
    /// <summary>Decrypts IV-prefixed data. Bad padding is tolerated: the raw plaintext is kept rather than losing the stream.</summary>
    public static byte[] DecryptWithIvPrefix(byte[] key, ReadOnlySpan<byte> data)
    {
        if (data.Length < 16)
        {
            return [];
        }

        var iv = data[..16];
        var body = data[16..];
        body = body[..(body.Length - (body.Length % 16))];
        if (body.Length == 0)
        {
            return [];
        }

        using var aes = Aes.Create();
        aes.Key = key;
        var plain = aes.DecryptCbc(body, iv, PaddingMode.None);
        int pad = plain[^1];
        bool validPadding = pad is >= 1 and <= 16 && plain.AsSpan(plain.Length - pad).IndexOfAnyExcept((byte)pad) < 0;
        return validPadding ? plain[..^pad] : plain;
    }

    public static byte[] DecryptNoPadding(byte[] key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> data)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        return aes.DecryptCbc(data, iv, PaddingMode.None);
    }

    public static byte[] EncryptNoPadding(ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> data)
    {
        using var aes = Aes.Create();
        aes.Key = key.ToArray();
        return aes.EncryptCbc(data, iv, PaddingMode.None);
    }
}
