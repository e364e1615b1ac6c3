using SkillGap.Core.Documents;

namespace SkillGap.Core.Refusals;

/// <summary>A refusal with the sentence a person reads; <paramref name="Technical"/> is for logs and maintainers, never resume text.</summary>
public sealed record Refusal(RefusalReason Reason, string Detail, string? Technical = null)
{
    /// <summary>The reader's typed failure as a refusal, keeping its detail and technical note as they are.</summary>
    public static Refusal From(DocumentReadFailure failure) => new(ReasonFor(failure.Kind), failure.Detail, failure.Technical);

    public static RefusalReason ReasonFor(DocumentReadFailureKind kind) => kind switch
    {
        DocumentReadFailureKind.Empty => RefusalReason.Empty,
        DocumentReadFailureKind.UnknownFormat => RefusalReason.UnsupportedType,
        DocumentReadFailureKind.PasswordProtected => RefusalReason.PasswordProtected,
        DocumentReadFailureKind.NoText => RefusalReason.NoTextLayer,
        DocumentReadFailureKind.TooComplex => RefusalReason.TooComplex,
        DocumentReadFailureKind.Corrupt => RefusalReason.Corrupt,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A read failure kind without a refusal reason."),
    };
}
