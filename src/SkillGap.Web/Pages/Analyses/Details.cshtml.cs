using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;
using SkillGap.Web.Analyses;
using SkillGap.Web.Data;

namespace SkillGap.Web.Pages.Analyses;

public sealed class DetailsModel(SkillGapDbContext db, Catalog catalog) : PageModel
{
    public AnalysisResponse Analysis { get; private set; } = null!;

    public RoleResult BestFit => Analysis.Roles.First(r => r.Id == Analysis.BestFitRole);

    public RoleResult? Target => Analysis.TargetRole is { } target ? Analysis.Roles.FirstOrDefault(r => r.Id == target) : null;

    public RoleProfile? Profile(string roleId) => catalog.FindRole(roleId);

    public string NameOf(string id) => catalog.FindSkill(id)?.Name ?? catalog.FindCertification(id)?.Name ?? id;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var record = await AnalysesApi.Find(id, db, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Analysis = AnalysisResponse.From(record, AnalysisJson.Deserialize(record.ResultJson));
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (AnalysisId.IsWellFormed(id))
        {
            await db.Analyses.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken);
        }

        return Redirect("/?deleted=1");
    }
}
