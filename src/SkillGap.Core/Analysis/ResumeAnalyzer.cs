using SkillGap.Core.Catalogs;
using SkillGap.Core.Documents;
using SkillGap.Core.Experience;
using SkillGap.Core.Scoring;
using SkillGap.Core.Sections;
using SkillGap.Core.Skills;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Analysis;

/// <summary>
/// The whole analysis of one extracted resume: sections, mentions (ambiguous ones confirmed in context),
/// held certifications, dated jobs, implied skills, then a score, gaps and certification advice per role.
/// Deterministic: the same text on the same day always gives the same analysis ("present" means that day,
/// so the caller passes it in). Thread-safe once built.
/// </summary>
public sealed class ResumeAnalyzer
{
    private const string SoftSkillCategory = "soft";

    private readonly Catalog _catalog;
    private readonly AliasMatcher _matcher;
    private readonly Func<MentionContext, bool>? _confirmAmbiguous;

    /// <param name="confirmAmbiguous">The trained context model; without it <see cref="AmbiguityRules"/> decide.</param>
    public ResumeAnalyzer(Catalog catalog, Func<MentionContext, bool>? confirmAmbiguous = null)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _matcher = AliasMatcher.Build(catalog);
        _confirmAmbiguous = confirmAmbiguous;
    }

    /// <param name="today">The day "present" and recency are measured from: the caller's clock, never read here.</param>
    /// <param name="cancellationToken">Checked between stages and inside the mention loop; the caller's wall-time budget.</param>
    public ResumeAnalysis Analyze(ExtractedDocument document, DateOnly today, string? targetRole = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sections = SectionDetector.Detect(document);
        cancellationToken.ThrowIfCancellationRequested();
        var matches = _matcher.Match(document);
        cancellationToken.ThrowIfCancellationRequested();
        var mentions = MentionFinder.Find(document, sections, matches, _confirmAmbiguous, _catalog, today, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        mentions.AddRange(CertificationNamedSkills.From(mentions, document, _matcher, _catalog).ToList());
        mentions.AddRange(CloudsInSkillNames.From(mentions, document, _matcher).ToList());
        mentions.AddRange(RegulationsCreditCompliance.From(mentions, _catalog).ToList());
        var history = WorkHistory.Read(document, sections, today);
        cancellationToken.ThrowIfCancellationRequested();

        var textSkills = mentions.Where(m => m.Match.Target == MatchTarget.Skill)
            .GroupBy(m => m.Match.TargetId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Evidence).ToList(), StringComparer.Ordinal);
        var usage = textSkills
            .Select(s => (s.Key, Usage: history.UsageOn(s.Value.Select(e => document.LineAt(e.Start)).ToHashSet())))
            .Where(p => p.Usage is not null)
            .ToDictionary(p => p.Key, p => p.Usage!, StringComparer.Ordinal);
        var certifications = mentions.Where(m => m.Match.Target == MatchTarget.Certification)
            .GroupBy(m => m.Match.TargetId, StringComparer.Ordinal)
            .Select(g => new HeldCertification(g.Key, _catalog.FindCertification(g.Key)!.Name, g.Select(m => m.Evidence).ToList(), g.Max(m => m.Year)))
            .ToList();
        var held = certifications.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        var credits = SkillCredits.From(textSkills.Keys, usage, held, _catalog, today);
        var skills = FoundSkills(textSkills, usage, credits, held);
        var clouds = CloudsWritten(textSkills);
        var experience = history.Summary(TechnicalSkillLines(document, textSkills));
        var roles = _catalog.Roles
            .Select(role => ScoreRole(role, credits, held, clouds, experience.TotalYears, today))
            .Select((result, index) => (result, index))
            .OrderByDescending(p => p.result.Score)
            .ThenBy(p => p.index)
            .Select(p => p.result)
            .ToList();

        var summary = new DocumentSummary(document.Format.ToString().ToLowerInvariant(), document.Pages, document.Text.Length, document.Warnings);
        return new ResumeAnalysis(summary, skills, certifications, roles, roles[0].Id, targetRole, experience);
    }

    private RoleResult ScoreRole(
        RoleProfile role, IReadOnlyDictionary<string, SkillCredit> credits, IReadOnlySet<string> held, IReadOnlySet<string> clouds, double technicalYears, DateOnly today)
    {
        var (score, matched, gaps) = RoleScorer.Score(role, credits, _catalog);
        var path = CertificationPathPlanner.Plan(role, gaps, held, clouds, technicalYears, _catalog);
        var advice = path.Steps.Select(s => new CertificationAdvice(s.Id, s.Name, s.Closes, s.Why)).ToList();
        return new RoleResult(role.Id, role.Name, score, matched, gaps, advice, TransferableStrengths.From(matched, today), path);
    }

    private List<FoundSkill> FoundSkills(
        Dictionary<string, List<Evidence>> textSkills, Dictionary<string, SkillUsage> usage, IReadOnlyDictionary<string, SkillCredit> credits, IReadOnlySet<string> held)
    {
        var found = new List<FoundSkill>();
        foreach (var (id, evidence) in textSkills)
        {
            var skill = _catalog.Skill(id);
            var used = usage.GetValueOrDefault(id);
            found.Add(new FoundSkill(id, skill.Name, skill.Category, SkillSources.Text, [], evidence, used?.Months, used?.LastUsed));
        }

        foreach (var credit in credits.Values.Where(c => c.Source != SkillSources.Text))
        {
            var skill = _catalog.Skill(credit.SkillId);
            found.Add(new FoundSkill(skill.Id, skill.Name, skill.Category, SkillSources.Inferred, SkillCredits.Origins(credit.SkillId, textSkills.Keys, held, _catalog), []));
        }

        // Text before inferred, then by how often the resume mentions the skill.
        return found.OrderBy(s => s.Source == SkillSources.Text ? 0 : 1).ThenByDescending(s => s.Evidence.Count).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Where each technical skill is written: what decides whether a job counts toward seniority.</summary>
    private List<(int Line, string Skill)> TechnicalSkillLines(ExtractedDocument document, Dictionary<string, List<Evidence>> textSkills) =>
        textSkills
            .Where(s => _catalog.Skill(s.Key).Category != SoftSkillCategory)
            .SelectMany(s => s.Value.Select(e => (Line: document.LineAt(e.Start), Skill: _catalog.Skill(s.Key).Name)))
            .OrderBy(p => p.Line)
            .ThenBy(p => p.Skill, StringComparer.Ordinal)
            .ToList();

    /// <summary>The clouds the resume writes: the cloud itself or one of its services (aws-vpc is AWS).</summary>
    private static HashSet<string> CloudsWritten(Dictionary<string, List<Evidence>> textSkills)
    {
        string[] clouds = ["aws", "azure", "gcp"];
        return clouds
            .Where(cloud => textSkills.Keys.Any(s => s == cloud || s.StartsWith(cloud + "-", StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
    }
}
