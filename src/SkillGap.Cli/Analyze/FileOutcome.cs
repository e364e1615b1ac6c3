using SkillGap.Core.Analysis;
using SkillGap.Core.Documents;

namespace SkillGap.Cli.Analyze;

/// <summary>One input file's result: its analysis, or why there is none (a refusal is a value, never a crash).</summary>
/// <param name="File">The path as the user named it (or as found under a folder they named).</param>
/// <param name="FailureKind">A <see cref="DocumentReadFailureKind"/> name, or <see cref="Unreadable"/> / <see cref="InternalError"/>.</param>
/// <param name="FailureDetail">What to do about it; never resume text.</param>
internal sealed record FileOutcome(string File, ResumeAnalysis? Analysis, string? FailureKind, string? FailureDetail)
{
    public const string Unreadable = "Unreadable";
    public const string InternalError = "InternalError";

    public bool Succeeded => Analysis is not null;

    public static FileOutcome Done(string file, ResumeAnalysis analysis) => new(file, analysis, null, null);

    public static FileOutcome Refused(string file, DocumentReadFailure failure) => new(file, null, failure.Kind.ToString(), failure.Detail);

    public static FileOutcome Failed(string file, string kind, string detail) => new(file, null, kind, detail);
}
