namespace SkillGap.Core.Documents;

public enum DocumentReadFailureKind
{
    Empty,
    UnknownFormat,
    Corrupt,
    PasswordProtected,
    NoText,
    TooComplex,
}

/// <summary>Why a file could not be read, in words a person understands. Never contains resume text.</summary>
/// <param name="Technical">For maintainers and logs: which check or exception type refused it; never resume text.</param>
public sealed record DocumentReadFailure(DocumentReadFailureKind Kind, string Detail, string? Technical = null)
{
    /// <summary>Our own code failed on the input (a bug to fix), as opposed to the input failing a check or a parser.</summary>
    public bool IsInternalError => Technical?.StartsWith(InternalErrorPrefix, StringComparison.Ordinal) == true;

    public const string InternalErrorPrefix = "internal error: ";
}

/// <summary>Either the document or the reason there is none.</summary>
public sealed record DocumentReadResult(ExtractedDocument? Document, DocumentReadFailure? Failure)
{
    public static DocumentReadResult Success(ExtractedDocument document) => new(document, null);

    public static DocumentReadResult Fail(DocumentReadFailureKind kind, string detail, string? technical = null) =>
        new(null, new DocumentReadFailure(kind, detail, technical));
}
