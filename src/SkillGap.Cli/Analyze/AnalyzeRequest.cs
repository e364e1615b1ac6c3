namespace SkillGap.Cli.Analyze;

/// <summary>The analyze verb's options, as parsed.</summary>
/// <param name="Format">table, json or csv.</param>
/// <param name="OutPath">Where to write the result; null for standard output.</param>
/// <param name="CatalogDirectory">The catalog's folder (skills.json, roles/...); null for the repository's data/.</param>
/// <param name="ModelPath">The disambiguation model; null for the one beside the catalog folder (models/disambiguation.zip).</param>
/// <param name="Today">The day "present" means; null for today.</param>
internal sealed record AnalyzeRequest(
    IReadOnlyList<string> Paths, string? Role, string Format, string? OutPath, string? CatalogDirectory, string? ModelPath, DateOnly? Today)
{
    public static readonly string[] Formats = ["table", "json", "csv"];
}
