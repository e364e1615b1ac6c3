using Microsoft.AspNetCore.Http.HttpResults;
using SkillGap.Core.Refusals;

namespace SkillGap.Web.Infrastructure;

/// <summary>
/// The one place a refusal becomes HTTP: status, title and a stable problem <c>type</c> (RFC 9457). The type is an
/// absolute URI under <see cref="TypeBase"/> whose last segment never changes once published, so clients can switch
/// on it; the title and detail are for people and may be reworded.
/// </summary>
public static class RefusalProblems
{
    public const string TypeBase = "https://skillgap.dev/problems/";

    public sealed record Shape(int Status, string Title, string Slug)
    {
        public string Type => TypeBase + Slug;
    }

    public static Shape For(RefusalReason reason) => reason switch
    {
        RefusalReason.Empty => new(StatusCodes.Status400BadRequest, "Empty file", "empty"),
        RefusalReason.UnsupportedType => new(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type", "unsupported-type"),
        RefusalReason.Corrupt => new(StatusCodes.Status422UnprocessableEntity, "Unreadable file", "corrupt"),
        RefusalReason.PasswordProtected => new(StatusCodes.Status422UnprocessableEntity, "Password-protected file", "password-protected"),
        RefusalReason.NoTextLayer => new(StatusCodes.Status422UnprocessableEntity, "No text found", "no-text-layer"),
        RefusalReason.TooComplex => new(StatusCodes.Status422UnprocessableEntity, "File too complex", "too-complex"),
        RefusalReason.TooLarge => new(StatusCodes.Status413PayloadTooLarge, "File too large", "too-large"),
        RefusalReason.MissingFile => new(StatusCodes.Status400BadRequest, "Invalid upload", "missing-file"),
        RefusalReason.UnknownRole => new(StatusCodes.Status400BadRequest, "Invalid upload", "unknown-role"),
        RefusalReason.UnsupportedRequest => new(StatusCodes.Status415UnsupportedMediaType, "Unsupported request", "unsupported-request"),
        RefusalReason.MalformedForm => new(StatusCodes.Status400BadRequest, "Malformed form", "malformed-form"),
        RefusalReason.IncompleteForm => new(StatusCodes.Status400BadRequest, "Incomplete form", "incomplete-form"),
        RefusalReason.BadRequest => new(StatusCodes.Status400BadRequest, "Bad request", "bad-request"),
        RefusalReason.RequestTimedOut => new(StatusCodes.Status408RequestTimeout, "Request timed out", "request-timed-out"),
        RefusalReason.FormExpired => new(StatusCodes.Status400BadRequest, "The form expired", "form-expired"),
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "A refusal reason without a problem shape."),
    };

    public static ProblemHttpResult ToProblem(Refusal refusal)
    {
        var shape = For(refusal.Reason);
        return TypedResults.Problem(refusal.Detail, statusCode: shape.Status, title: shape.Title, type: shape.Type);
    }
}
