using System.Security.Cryptography;

namespace SkillGap.Pdf.Security;

/// <summary>The password hashes of AES-256 encryption: SHA-256 for revision 5, the iterated algorithm 2.B (ISO 32000-2 §7.6.4.3.4) for revision 6.</summary>
internal static class Aes256KeyHash
{
    public static byte[] Compute(int revision, ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> userData)
    {
        var initial = SHA256.HashData([.. password, .. salt, .. userData]);
        return revision >= 6 ? Iterate(initial, password, userData) : initial;
    }

    private static byte[] Iterate(byte[] k, ReadOnlySpan<byte> password, ReadOnlySpan<byte> userData)
    {
        int rounds = 0;
        byte lastByte = 0;
        while (rounds < 64 || lastByte > rounds - 32)
        {
            byte[] block = [.. password, .. k, .. userData];
            var repeated = new byte[block.Length * 64];
            for (int i = 0; i < 64; i++)
            {
                block.CopyTo(repeated, i * block.Length);
            }

            var e = AesCbc.EncryptNoPadding(k.AsSpan(0, 16), k.AsSpan(16, 16), repeated);
            int sum = 0;
            for (int i = 0; i < 16; i++)
            {
                sum += e[i];
            }

            k = (sum % 3) switch
            {
                0 => SHA256.HashData(e),
                1 => SHA384.HashData(e),
                _ => SHA512.HashData(e),
            };
            lastByte = e[^1];
            rounds++;
        }

        return k[..32];
    }
}
