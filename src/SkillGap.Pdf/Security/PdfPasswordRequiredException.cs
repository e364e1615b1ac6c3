namespace SkillGap.Pdf.Security;

/// <summary>The document cannot be opened without a password (or uses a security handler we cannot open).</summary>
internal sealed class PdfPasswordRequiredException(string message) : Exception(message);
