using System.Security.Cryptography;

namespace SkillGap.Web.Analyses;

/// <summary>128 random bits, URL-safe base64: an analysis link cannot be guessed from another.</summary>
public static class AnalysisId
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool IsWellFormed(string id) => id.Length == 22 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
