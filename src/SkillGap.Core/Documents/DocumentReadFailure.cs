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
public sealed record DocumentReadFailure(DocumentReadFailureKind Kind, string Detail);

/// <summary>Either the document or the reason there is none.</summary>
public sealed record DocumentReadResult(ExtractedDocument? Document, DocumentReadFailure? Failure)
{
    public static DocumentReadResult Success(ExtractedDocument document) => new(document, null);

    public static DocumentReadResult Fail(DocumentReadFailureKind kind, string detail) => new(null, new DocumentReadFailure(kind, detail));
}
