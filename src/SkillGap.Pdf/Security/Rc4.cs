namespace SkillGap.Pdf.Security;

/// <summary>The RC4 stream cipher (legacy PDF encryption, §7.6.2). Encrypting and decrypting are the same operation.</summary>
internal static class Rc4
{
    public static byte[] Apply(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        Span<byte> state = stackalloc byte[256];
        for (int i = 0; i < 256; i++)
        {
            state[i] = (byte)i;
        }

        if (key.Length > 0)
        {
            int j = 0;
            for (int i = 0; i < 256; i++)
            {
                j = (j + state[i] + key[i % key.Length]) & 0xFF;
                (state[i], state[j]) = (state[j], state[i]);
            }
        }

        var output = new byte[data.Length];
        int x = 0;
        int y = 0;
        for (int k = 0; k < data.Length; k++)
        {
            x = (x + 1) & 0xFF;
            y = (y + state[x]) & 0xFF;
            (state[x], state[y]) = (state[y], state[x]);
            output[k] = (byte)(data[k] ^ state[(state[x] + state[y]) & 0xFF]);
        }

        return output;
    }
}
