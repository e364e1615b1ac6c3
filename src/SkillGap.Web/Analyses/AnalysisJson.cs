using System.Text.Json;
using SkillGap.Core.Analysis;

namespace SkillGap.Web.Analyses;

internal static class AnalysisJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(ResumeAnalysis analysis) => JsonSerializer.Serialize(analysis, Options);

    public static ResumeAnalysis Deserialize(string json) =>
        JsonSerializer.Deserialize<ResumeAnalysis>(json, Options) ?? throw new InvalidOperationException("Stored analysis is empty.");
}
