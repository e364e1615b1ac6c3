using System.Text.Json;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Cli.Training;

/// <summary>Reads the taxonomy's skill names and aliases so the trainer can count them as technical context.</summary>
internal static class TaxonomyTerms
{
    /// <summary>The default terms plus the taxonomy's unambiguous single words; an unreadable taxonomy is reported, not thrown.</summary>
    public static (IReadOnlyList<string>? Terms, string? Error) Load(string path)
    {
        if (!File.Exists(path))
        {
            return (null, $"no taxonomy at {path}");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var skills = document.RootElement.GetProperty("skills").EnumerateArray().ToList();

            // Soft-skill words ("communication", "ownership") say nothing about whether a word is a tool.
            var technical = skills.Where(skill => !(skill.TryGetProperty("category", out var category) && category.GetString() == "soft"));
            var aliases = technical.SelectMany(skill => Strings(skill, "aliases").Append(skill.GetProperty("name").GetString() ?? ""));
            var ambiguous = skills.SelectMany(skill => Strings(skill, "ambiguousAliases"));
            return (TechTerms.WithTaxonomy(aliases.ToList(), ambiguous.ToList()), null);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (null, $"cannot read taxonomy {path}: {exception.Message}");
        }
    }

    private static IEnumerable<string> Strings(JsonElement skill, string property) =>
        skill.TryGetProperty(property, out var values)
            ? values.EnumerateArray().Select(value => value.GetString() ?? "")
            : [];
}
