using FluentValidation;
using Microsoft.Extensions.Options;
using SkillGap.Core.Catalogs;

namespace SkillGap.Web.Analyses;

/// <summary>What an upload carries, from the API form or the upload page.</summary>
public sealed record UploadRequest(IFormFile? File, string? TargetRole);

public sealed class UploadRequestValidator : AbstractValidator<UploadRequest>
{
    public const string TooLarge = "too-large";

    public UploadRequestValidator(IOptions<UploadOptions> options, Catalog catalog)
    {
        var maxBytes = options.Value.MaxBytes;
        RuleFor(r => r.File)
            .NotNull()
            .WithMessage("Attach the resume as a form field named 'file' (PDF or DOCX).")
            .DependentRules(() =>
            {
                RuleFor(r => r.File!.Length).GreaterThan(0).WithMessage("The file is empty.");
                RuleFor(r => r.File!.Length)
                    .LessThanOrEqualTo(maxBytes)
                    .WithErrorCode(TooLarge)
                    .WithMessage($"The file is larger than {maxBytes / (1024 * 1024.0):0.#} MB. Upload a smaller export of your resume.");
            });
        RuleFor(r => r.TargetRole)
            .Must(role => string.IsNullOrEmpty(role) || catalog.FindRole(role) is not null)
            .WithMessage(r => $"'{r.TargetRole}' is not a known role. Use one of: {string.Join(", ", catalog.Roles.Select(x => x.Id))}.");
    }
}
