namespace SkillGap.Core.Catalogs;

/// <summary>One JSON file's name (for error messages) and content.</summary>
public sealed record CatalogFile(string Name, string Json);

/// <summary>The raw catalog files; whoever owns the disk reads them, Core only parses and validates.</summary>
public sealed record CatalogSources(CatalogFile Skills, CatalogFile Certifications, CatalogFile ImpliedSkills, IReadOnlyList<CatalogFile> Roles);
