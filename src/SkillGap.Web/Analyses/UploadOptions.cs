using System.ComponentModel.DataAnnotations;

namespace SkillGap.Web.Analyses;

public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>Largest accepted resume; a resume is rarely over 1 MB, a designed one a few MB.</summary>
    [Range(1024, 50 * 1024 * 1024)]
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>A request body slower than this, after <see cref="SlowBodyGracePeriod"/>, is cut off (Kestrel's default rate).</summary>
    [Range(1, 1024 * 1024)]
    public double MinBodyBytesPerSecond { get; set; } = 240;

    /// <summary>Kestrel requires more than one second.</summary>
    [Range(typeof(TimeSpan), "00:00:02", "00:01:00")]
    public TimeSpan SlowBodyGracePeriod { get; set; } = TimeSpan.FromSeconds(5);
}
