using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkillGap.Cli.Evaluation;

/// <summary>What a careful human reader says one eval resume contains (<c>data/eval/resumes/&lt;id&gt;.labels.json</c>).</summary>
/// <param name="ExpectedSkills">Skill ids stated in the text; skills only under interests or references are excluded.</param>
/// <param name="Experience">The jobs (not training, education, projects or career breaks) and the seniority a reader would give.</param>
/// <param name="MustNotAppear">Skill ids of the resume's traps: ordinary words that are also tool names, interests, referees.</param>
public sealed record ResumeLabels(
    string Id,
    string Persona,
    IReadOnlyList<string> ExpectedSkills,
    IReadOnlyList<string> MustNotAppear,
    IReadOnlyList<string> HeldCertifications,
    string BestFitRole,
    ExperienceLabels Experience)
{
    public static readonly IReadOnlyList<string> Roles =
        ["infrastructure-engineer", "devops-engineer", "site-reliability-engineer", "platform-engineer"];

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <returns>The labels, or null with <paramref name="error"/> saying what is wrong with the file.</returns>
    public static ResumeLabels? Parse(string json, out string error)
    {
        try
        {
            var labels = JsonSerializer.Deserialize<ResumeLabels>(json, Options);
            error = labels is null ? "the file holds null" : "";
            return labels;
        }
        catch (JsonException ex)
        {
            error = $"invalid at {ex.Path ?? "(root)"}: {ex.Message}";
            return null;
        }
    }
}
