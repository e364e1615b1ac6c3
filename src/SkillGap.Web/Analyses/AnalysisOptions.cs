using System.ComponentModel.DataAnnotations;

namespace SkillGap.Web.Analyses;

/// <summary>The analysis after reading (sections, skills, scoring) has its own wall-time budget, checked inside its loops.</summary>
public sealed class AnalysisOptions
{
    public const string Section = "Analysis";

    /// <summary>A real resume analyses in tens of milliseconds; this only stops hostile text.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromSeconds(10);
}
