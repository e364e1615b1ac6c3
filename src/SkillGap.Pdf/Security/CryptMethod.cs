namespace SkillGap.Pdf.Security;

/// <summary>How one class of data (strings or streams) is encrypted (§7.6.5 crypt filters).</summary>
internal enum CryptMethod
{
    None,
    Rc4,
    Aes128,
    Aes256,
}
