using FluentValidation;
using SkillGap.Core.Catalogs;
using SkillGap.Core.Refusals;

namespace SkillGap.Web.Analyses;

/// <summary>What an upload carries, from the API form or the upload page.</summary>
public sealed record UploadRequest(IFormFile? File, string? TargetRole)
{
    /// <summary>Checks the form's fields, then hands the file's bytes to the runner: the one path from a form to an outcome.</summary>
    public async Task<AnalysisOutcome> RunAsync(IValidator<UploadRequest> validator, AnalysisRunner runner, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(this, cancellationToken);
        if (!validation.IsValid)
        {
            var error = validation.Errors[0];
            return new AnalysisOutcome.Refused(new Refusal(Enum.Parse<RefusalReason>(error.ErrorCode), error.ErrorMessage));
        }

        if (File!.Length > runner.MaxBytes)
        {
            return new AnalysisOutcome.Refused(runner.TooLarge());
        }

        using var buffer = new MemoryStream((int)File.Length);
        await using (var stream = File.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        return await runner.RunAsync(buffer.ToArray(), File.FileName, TargetRole, cancellationToken);
    }
}

public sealed class UploadRequestValidator : AbstractValidator<UploadRequest>
{
    public UploadRequestValidator(Catalog catalog)
    {
        RuleFor(r => r.File)
            .NotNull()
            .WithErrorCode(nameof(RefusalReason.MissingFile))
            .WithMessage("Attach the resume as a form field named 'file' (PDF or DOCX).");
        RuleFor(r => r.TargetRole)
            .Must(role => string.IsNullOrEmpty(role) || catalog.FindRole(role) is not null)
            .WithErrorCode(nameof(RefusalReason.UnknownRole))
            .WithMessage(r => $"'{r.TargetRole}' is not a known role. Use one of: {string.Join(", ", catalog.Roles.Select(x => x.Id))}.");
    }
}
