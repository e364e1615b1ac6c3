using System.Security.Cryptography;
using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Security;

/// <summary>
/// The standard security handler (§7.6.3–7.6.4) opened with the empty user password (or, failing that, the empty
/// owner password): RC4 40–128, AES-128 (crypt filters), AES-256 revisions 5 and 6.
/// </summary>
internal sealed class StandardSecurityHandler
{
    private static readonly byte[] _passwordPadding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    private readonly byte[] _fileKey;
    private readonly CryptMethod _stringMethod;
    private readonly CryptMethod _streamMethod;
    private readonly PdfDictionary? _cryptFilters;
    private readonly IPdfObjectResolver _resolver;

    private StandardSecurityHandler(byte[] fileKey, CryptMethod stringMethod, CryptMethod streamMethod, PdfDictionary? cryptFilters, IPdfObjectResolver resolver)
    {
        _fileKey = fileKey;
        _stringMethod = stringMethod;
        _streamMethod = streamMethod;
        _cryptFilters = cryptFilters;
        _resolver = resolver;
    }

    /// <summary>Opens the handler or throws <see cref="PdfPasswordRequiredException"/>.</summary>
    public static StandardSecurityHandler Open(PdfDictionary encrypt, byte[] firstFileId, IPdfObjectResolver resolver)
    {
        string? filter = resolver.GetName(encrypt, "Filter");
        if (filter != "Standard")
        {
            throw new PdfPasswordRequiredException("The PDF is encrypted for specific recipients (certificate security) and cannot be opened.");
        }

        int version = (int)(resolver.GetNumber(encrypt, "V") ?? 0);
        int revision = (int)(resolver.GetNumber(encrypt, "R") ?? 2);
        var cryptFilters = resolver.GetDictionary(encrypt, "CF");
        var streamMethod = version >= 4 ? MethodOf(resolver.GetName(encrypt, "StmF") ?? "Identity", cryptFilters, resolver) : CryptMethod.Rc4;
        var stringMethod = version >= 4 ? MethodOf(resolver.GetName(encrypt, "StrF") ?? "Identity", cryptFilters, resolver) : CryptMethod.Rc4;

        byte[] owner = (resolver.Resolve(encrypt["O"]) as PdfString)?.Bytes ?? [];
        byte[] user = (resolver.Resolve(encrypt["U"]) as PdfString)?.Bytes ?? [];
        byte[]? key = revision >= 5 || version >= 5
            ? OpenAes256(encrypt, revision, owner, user, resolver)
            : OpenLegacy(encrypt, version, revision, owner, user, firstFileId, cryptFilters, resolver);
        return key is null
            ? throw new PdfPasswordRequiredException("The PDF is protected by a password.")
            : new StandardSecurityHandler(key, stringMethod, streamMethod, cryptFilters, resolver);
    }

    public byte[] DecryptString(byte[] data, int objectNumber, int generation) =>
        Decrypt(_stringMethod, data, objectNumber, generation);

    /// <summary>Decrypts stream bytes; <paramref name="cryptFilterName"/> is a stream's own /Crypt filter choice, if any.</summary>
    public byte[] DecryptStream(byte[] data, int objectNumber, int generation, string? cryptFilterName)
    {
        var method = cryptFilterName is null ? _streamMethod : MethodOf(cryptFilterName, _cryptFilters, _resolver);
        return Decrypt(method, data, objectNumber, generation);
    }

    private byte[] Decrypt(CryptMethod method, byte[] data, int objectNumber, int generation) => method switch
    {
        CryptMethod.Rc4 => Rc4.Apply(ObjectKey(objectNumber, generation, aes: false), data),
        CryptMethod.Aes128 => AesCbc.DecryptWithIvPrefix(ObjectKey(objectNumber, generation, aes: true), data),
        CryptMethod.Aes256 => AesCbc.DecryptWithIvPrefix(_fileKey, data),
        _ => data,
    };

    /// <summary>Algorithm 1: the per-object key for RC4 and AES-128.</summary>
    private byte[] ObjectKey(int objectNumber, int generation, bool aes)
    {
        byte[] input =
        [
            .. _fileKey,
            (byte)objectNumber, (byte)(objectNumber >> 8), (byte)(objectNumber >> 16),
            (byte)generation, (byte)(generation >> 8),
            .. (aes ? "sAlT"u8 : []),
        ];
        var hash = MD5.HashData(input);
        return hash[..Math.Min(_fileKey.Length + 5, 16)];
    }

    private static CryptMethod MethodOf(string filterName, PdfDictionary? cryptFilters, IPdfObjectResolver resolver)
    {
        if (filterName == "Identity" || cryptFilters is null || resolver.GetDictionary(cryptFilters, filterName) is not { } filter)
        {
            return CryptMethod.None;
        }

        return resolver.GetName(filter, "CFM") switch
        {
            "V2" => CryptMethod.Rc4,
            "AESV2" => CryptMethod.Aes128,
            "AESV3" => CryptMethod.Aes256,
            _ => CryptMethod.None,
        };
    }

    private static byte[]? OpenLegacy(PdfDictionary encrypt, int version, int revision, byte[] owner, byte[] user, byte[] fileId, PdfDictionary? cryptFilters, IPdfObjectResolver resolver)
    {
        int keyLength = LegacyKeyLength(encrypt, version, revision, cryptFilters, resolver);
        int permissions = (int)(long)(resolver.GetNumber(encrypt, "P") ?? 0);
        bool encryptMetadata = resolver.Resolve(encrypt["EncryptMetadata"]) is not PdfBoolean { Value: false };
        owner = Fit(owner, 32);
        user = Fit(user, 32);

        var key = LegacyFileKey([], owner, permissions, fileId, revision, keyLength, encryptMetadata);
        if (LegacyUserPasswordMatches(key, user, fileId, revision))
        {
            return key;
        }

        // Algorithm 7: with an empty owner password, the O entry decrypts to the user password.
        var ownerKey = MD5.HashData(_passwordPadding);
        if (revision >= 3)
        {
            for (int i = 0; i < 50; i++)
            {
                ownerKey = MD5.HashData(ownerKey);
            }
        }

        ownerKey = ownerKey[..keyLength];
        var userPassword = owner;
        if (revision == 2)
        {
            userPassword = Rc4.Apply(ownerKey, userPassword);
        }
        else
        {
            for (int i = 19; i >= 0; i--)
            {
                userPassword = Rc4.Apply(XorKey(ownerKey, i), userPassword);
            }
        }

        key = LegacyFileKey(userPassword, owner, permissions, fileId, revision, keyLength, encryptMetadata);
        return LegacyUserPasswordMatches(key, user, fileId, revision) ? key : null;
    }

    private static int LegacyKeyLength(PdfDictionary encrypt, int version, int revision, PdfDictionary? cryptFilters, IPdfObjectResolver resolver)
    {
        if (revision == 2 || version == 1)
        {
            return 5;
        }

        double? bits = resolver.GetNumber(encrypt, "Length");
        if (bits is null && version == 4 && cryptFilters is not null && resolver.GetName(encrypt, "StmF") is { } stmf
            && resolver.GetDictionary(cryptFilters, stmf) is { } filter)
        {
            bits = resolver.GetNumber(filter, "Length") is { } length ? (length < 40 ? length * 8 : length) : 128;
        }

        int bytes = (int)((bits ?? (version >= 4 ? 128 : 40)) / 8);
        return Math.Clamp(bytes, 5, 16);
    }

    /// <summary>Algorithm 2.</summary>
    private static byte[] LegacyFileKey(byte[] password, byte[] owner, int permissions, byte[] fileId, int revision, int keyLength, bool encryptMetadata)
    {
        var padded = new byte[32];
        int copied = Math.Min(password.Length, 32);
        password.AsSpan(0, copied).CopyTo(padded);
        _passwordPadding.AsSpan(0, 32 - copied).CopyTo(padded.AsSpan(copied));
        byte[] input =
        [
            .. padded, .. owner,
            (byte)permissions, (byte)(permissions >> 8), (byte)(permissions >> 16), (byte)(permissions >> 24),
            .. fileId,
            .. (revision >= 4 && !encryptMetadata ? new byte[] { 0xFF, 0xFF, 0xFF, 0xFF } : []),
        ];
        var hash = MD5.HashData(input);
        if (revision >= 3)
        {
            for (int i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, keyLength));
            }
        }

        return hash[..keyLength];
    }

    /// <summary>Algorithms 4 and 5, compared against the stored U value.</summary>
    private static bool LegacyUserPasswordMatches(byte[] key, byte[] user, byte[] fileId, int revision)
    {
        if (revision == 2)
        {
            return Rc4.Apply(key, _passwordPadding).AsSpan().SequenceEqual(user);
        }

        var value = MD5.HashData([.. _passwordPadding, .. fileId]);
        for (int i = 0; i < 20; i++)
        {
            value = Rc4.Apply(XorKey(key, i), value);
        }

        return value.AsSpan().SequenceEqual(user.AsSpan(0, 16));
    }

    private static byte[]? OpenAes256(PdfDictionary encrypt, int revision, byte[] owner, byte[] user, IPdfObjectResolver resolver)
    {
        if (owner.Length < 48 || user.Length < 48)
        {
            return null;
        }

        byte[] ownerEncryptedKey = (resolver.Resolve(encrypt["OE"]) as PdfString)?.Bytes ?? [];
        byte[] userEncryptedKey = (resolver.Resolve(encrypt["UE"]) as PdfString)?.Bytes ?? [];
        var user48 = user.AsSpan(0, 48);
        var zeroIv = new byte[16];

        if (Aes256KeyHash.Compute(revision, [], user.AsSpan(32, 8), []).AsSpan().SequenceEqual(user.AsSpan(0, 32)) && userEncryptedKey.Length >= 32)
        {
            var intermediate = Aes256KeyHash.Compute(revision, [], user.AsSpan(40, 8), []);
            return AesCbc.DecryptNoPadding(intermediate, zeroIv, userEncryptedKey.AsSpan(0, 32));
        }

        if (Aes256KeyHash.Compute(revision, [], owner.AsSpan(32, 8), user48).AsSpan().SequenceEqual(owner.AsSpan(0, 32)) && ownerEncryptedKey.Length >= 32)
        {
            var intermediate = Aes256KeyHash.Compute(revision, [], owner.AsSpan(40, 8), user48);
            return AesCbc.DecryptNoPadding(intermediate, zeroIv, ownerEncryptedKey.AsSpan(0, 32));
        }

        return null;
    }

    private static byte[] XorKey(byte[] key, int value)
    {
        var result = new byte[key.Length];
        for (int i = 0; i < key.Length; i++)
        {
            result[i] = (byte)(key[i] ^ value);
        }

        return result;
    }

    private static byte[] Fit(byte[] value, int length)
    {
        var result = new byte[length];
        value.AsSpan(0, Math.Min(length, value.Length)).CopyTo(result);
        return result;
    }
}
