using System.Security.Cryptography;
using System.Text;
using SkillGap.Pdf.Security;

namespace SkillGap.Pdf.Tests.Security;

public sealed class CryptoPrimitiveTests
{
    [Theory]
    [InlineData("Key", "Plaintext", "BBF316E8D940AF0AD3")]
    [InlineData("Wiki", "pedia", "1021BF0420")]
    [InlineData("Secret", "Attack at dawn", "45A01F645FC35B383552544B9BF5")]
    public void Rc4MatchesPublishedTestVectors(string key, string plaintext, string expectedHex)
    {
        var cipher = Rc4.Apply(Encoding.ASCII.GetBytes(key), Encoding.ASCII.GetBytes(plaintext));

        Assert.Equal(expectedHex, Convert.ToHexString(cipher));
        Assert.Equal(plaintext, Encoding.ASCII.GetString(Rc4.Apply(Encoding.ASCII.GetBytes(key), cipher)));
    }

    [Fact]
    public void AesDecryptsIvPrefixedDataAndRemovesPadding()
    {
        var key = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();
        var iv = Enumerable.Range(100, 16).Select(i => (byte)i).ToArray();
        var plain = Encoding.ASCII.GetBytes("BT /F1 12 Tf (text) Tj ET");
        using var aes = Aes.Create();
        aes.Key = key;
        byte[] data = [.. iv, .. aes.EncryptCbc(plain, iv, PaddingMode.PKCS7)];

        Assert.Equal(plain, AesCbc.DecryptWithIvPrefix(key, data));
    }

    [Fact]
    public void AesKeepsThePlaintextWhenThePaddingIsBroken()
    {
        var key = new byte[16];
        var iv = new byte[16];
        var plain = Encoding.ASCII.GetBytes("exactly sixteen!");
        using var aes = Aes.Create();
        aes.Key = key;
        byte[] data = [.. iv, .. aes.EncryptCbc(plain, iv, PaddingMode.None)];

        Assert.Equal(plain, AesCbc.DecryptWithIvPrefix(key, data));
    }

    [Fact]
    public void AesReturnsNothingForDataShorterThanTheIv()
    {
        Assert.Empty(AesCbc.DecryptWithIvPrefix(new byte[16], [1, 2, 3]));
    }
}
