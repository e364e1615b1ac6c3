using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SkillGap.Core.Catalogs;
using SkillGap.Web.Analyses;

namespace SkillGap.Web.Pages;

public sealed class IndexModel(Catalog catalog, IOptions<UploadOptions> options) : PageModel
{
    public IReadOnlyList<RoleProfile> Roles => catalog.Roles;

    public string MaxMegabytes => (options.Value.MaxBytes / (1024 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    public AnalysisOutcome.Refused? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync([FromServices] AnalysisRunner runner, CancellationToken cancellationToken)
    {
        var form = await UploadForm.ReadAsync(Request, options.Value.MaxBytes, cancellationToken);
        var outcome = form.Refusal ?? await runner.RunAsync(form.Request!, cancellationToken);
        if (outcome is AnalysisOutcome.Created created)
        {
            return Redirect($"/analyses/{created.Record.Id}");
        }

        Error = (AnalysisOutcome.Refused)outcome;
        Response.StatusCode = Error.Status;
        return Page();
    }
}
