namespace SkillGap.Web.Catalogs;

public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>Folder holding skills.json, certifications.json, implied-skills.json and roles/*.json.</summary>
    public string DataDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The trained disambiguation model (ML.NET zip); start-up fails when it is missing or broken.</summary>
    public string ModelPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "models", "disambiguation.zip");
}
