namespace SkillGap.Web.Catalogs;

public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>Folder holding skills.json, certifications.json, implied-skills.json and roles/*.json.</summary>
    public string DataDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The trained disambiguation model; when the file is missing the analyzer falls back to rules and says so in the log.</summary>
    public string ModelPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "models", "disambiguation.json");
}
