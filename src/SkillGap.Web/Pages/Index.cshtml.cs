using FluentValidation;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SkillGap.Core.Catalogs;
using SkillGap.Core.Refusals;
using SkillGap.Web.Analyses;

namespace SkillGap.Web.Pages;

// The form is read by UploadForm, which names what is wrong with a malformed body; the antiforgery token is checked
// right after, on the form it read (Razor Pages' own check would read the body first and answer any flaw with a bare 400).
[IgnoreAntiforgeryToken]
public sealed class IndexModel(Catalog catalog, IOptions<UploadOptions> options, IAntiforgery antiforgery) : PageModel
{
    public IReadOnlyList<RoleProfile> Roles => catalog.Roles;

    public string MaxMegabytes => (options.Value.MaxBytes / (1024 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    public AnalysisOutcome.Refused? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(
        [FromServices] AnalysisRunner runner, [FromServices] IValidator<UploadRequest> validator, CancellationToken cancellationToken)
    {
        var form = await UploadForm.ReadAsync(Request, options.Value.MaxBytes, cancellationToken);
        if (form.Refusal is null && !await antiforgery.IsRequestValidAsync(HttpContext))
        {
            form = new UploadForm.Result(null, new Refusal(RefusalReason.FormExpired,
                "The form was not sent from this page, or it expired. Choose your file and send it again."));
        }

        var outcome = form.Refusal is { } refusal
            ? new AnalysisOutcome.Refused(refusal)
            : await form.Request!.RunAsync(validator, runner, cancellationToken);
        if (outcome is AnalysisOutcome.Created created)
        {
            return Redirect($"/analyses/{created.Record.Id}");
        }

        Error = (AnalysisOutcome.Refused)outcome;
        Response.StatusCode = Error.Status;
        return Page();
    }
}
