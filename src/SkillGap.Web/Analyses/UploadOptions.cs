using System.ComponentModel.DataAnnotations;

namespace SkillGap.Web.Analyses;

public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>Largest accepted resume; a resume is rarely over 1 MB, a designed one a few MB.</summary>
    [Range(1024, 50 * 1024 * 1024)]
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}
