namespace SkillGap.Core.Refusals;

/// <summary>
/// Why a resume (or the request carrying it) was not analysed. One list for every caller: the API, the upload page and
/// a cohort item's failure all name a refusal by one of these. Web maps each to an HTTP status, a title and a stable
/// problem type in one place (ProblemCatalog); add a reason there when you add one here.
/// </summary>
public enum RefusalReason
{
    // What is wrong with the file itself: a cohort item can fail for any of these.
    Empty,
    UnsupportedType,
    Corrupt,
    PasswordProtected,
    NoTextLayer,
    TooComplex,
    TooLarge,

    // What is wrong with the request around the file: only a single upload meets these.
    MissingFile,
    UnknownRole,
    UnsupportedRequest,
    MalformedForm,
    IncompleteForm,
    BadRequest,
    RequestTimedOut,
    FormExpired,
}
