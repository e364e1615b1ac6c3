using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkillGap.Web.Data;
using SkillGap.Web.Infrastructure;

namespace SkillGap.Web.Analyses;

public static class AnalysesApi
{
    public static RouteGroupBuilder MapAnalyses(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/analyses").WithTags("Analyses");
        group.MapPost("/", Create).DisableAntiforgery();
        group.MapGet("/{id}", Get).WithName("GetAnalysis");
        group.MapGet("/{id}/text", GetText);
        group.MapDelete("/{id}", Delete);
        return group;
    }

    private static async Task<Results<Created<AnalysisResponse>, ProblemHttpResult>> Create(
        HttpRequest request, AnalysisRunner runner, IValidator<UploadRequest> validator, IOptions<UploadOptions> options, CancellationToken cancellationToken)
    {
        var form = await UploadForm.ReadAsync(request, options.Value.MaxBytes, cancellationToken);
        if (form.Refusal is { } refusal)
        {
            return RefusalProblems.ToProblem(refusal);
        }

        var outcome = await form.Request!.RunAsync(validator, runner, cancellationToken);
        return outcome switch
        {
            AnalysisOutcome.Created created => TypedResults.Created(
                $"/api/v1/analyses/{created.Record.Id}", AnalysisResponse.From(created.Record, created.Analysis)),
            AnalysisOutcome.Refused refused => RefusalProblems.ToProblem(refused.Refusal),
            _ => throw new InvalidOperationException("Unknown outcome."),
        };
    }

    private static async Task<Results<Ok<AnalysisResponse>, ProblemHttpResult>> Get(string id, SkillGapDbContext db, CancellationToken cancellationToken) =>
        await Find(id, db, cancellationToken) is { } record
            ? TypedResults.Ok(AnalysisResponse.From(record, AnalysisJson.Deserialize(record.ResultJson)))
            : NotFound(id);

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetText(string id, SkillGapDbContext db, CancellationToken cancellationToken) =>
        await Find(id, db, cancellationToken) is { } record
            ? TypedResults.Text(record.ExtractedText, "text/plain; charset=utf-8")
            : NotFound(id);

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(string id, SkillGapDbContext db, CancellationToken cancellationToken) =>
        await DeleteAsync(id, db, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    /// <summary>Removes the analysis and its extracted text; false when there was none.</summary>
    internal static async Task<bool> DeleteAsync(string id, SkillGapDbContext db, CancellationToken cancellationToken) =>
        AnalysisId.IsWellFormed(id) && await db.Analyses.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;

    internal static async Task<AnalysisRecord?> Find(string id, SkillGapDbContext db, CancellationToken cancellationToken) =>
        AnalysisId.IsWellFormed(id) ? await db.Analyses.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) : null;

    private static ProblemHttpResult NotFound(string id) =>
        Problem(StatusCodes.Status404NotFound, "Analysis not found", $"There is no analysis '{id}'. It may have been deleted.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}
