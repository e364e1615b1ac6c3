using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;
using SkillGap.Core.Experience;
using SkillGap.Core.Scoring;
using SkillGap.Web.Analyses;
using SkillGap.Web.Data;

namespace SkillGap.Web.Pages.Analyses;

public sealed class DetailsModel(SkillGapDbContext db, Catalog catalog) : PageModel
{
    public AnalysisResponse Analysis { get; private set; } = null!;

    /// <summary>Dated jobs and seniority; null for analyses stored before they were read.</summary>
    public ExperienceSummary? Experience { get; private set; }

    public RoleResult BestFit => Analysis.Roles.First(r => r.Id == Analysis.BestFitRole);

    public RoleResult? Target => Analysis.TargetRole is { } target ? Analysis.Roles.FirstOrDefault(r => r.Id == target) : null;

    public RoleProfile? Profile(string roleId) => catalog.FindRole(roleId);

    /// <summary>"4 years, last used 2024" for a skill used in dated jobs; null when it was only listed.</summary>
    public static string? Usage(FoundSkill skill) =>
        skill.Months is { } months && skill.LastUsed is { } lastUsed ? $"{TransferableStrengths.Duration(months)}, last used {lastUsed}" : null;

    public static string Period(ExperienceEntry entry) => $"{entry.Start} – {entry.End ?? "present"}";

    /// <summary>The header lines an entry was read from, as extracted; null for analyses stored before entries said where.</summary>
    public string? Source(ExperienceEntry entry) =>
        entry.SourceLength > 0 && entry.SourceStart + entry.SourceLength <= _text.Length
            ? _text.Substring(entry.SourceStart, entry.SourceLength).Replace('\n', ' ').Replace('\t', ' ')
            : null;

    private string _text = "";

    /// <summary>"yes: technical title", "no: training, not a job"; just yes for analyses stored before jobs were judged.</summary>
    public static string Counts(ExperienceEntry entry) =>
        (entry.Counted ? "yes" : "no") + (entry.Reason is { } reason ? $": {reason}" : "");

    public string NameOf(string id) => catalog.FindSkill(id)?.Name ?? catalog.FindCertification(id)?.Name ?? id;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var record = await AnalysesApi.Find(id, db, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        var analysis = AnalysisJson.Deserialize(record.ResultJson);
        Analysis = AnalysisResponse.From(record, analysis);
        Experience = analysis.Experience;
        _text = record.ExtractedText;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken cancellationToken)
    {
        await AnalysesApi.DeleteAsync(id, db, cancellationToken);
        return Redirect("/?deleted=1");
    }
}
