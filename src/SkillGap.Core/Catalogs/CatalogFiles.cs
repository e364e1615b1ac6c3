namespace SkillGap.Core.Catalogs;

/// <summary>Reads the catalog's JSON files from disk; Core parses and validates them.</summary>
public static class CatalogFiles
{
    public static Catalog Load(string dataDirectory)
    {
        if (!Directory.Exists(dataDirectory))
        {
            throw new CatalogException($"The data folder '{dataDirectory}' does not exist.");
        }

        var rolesDirectory = Path.Combine(dataDirectory, "roles");
        var roles = Directory.Exists(rolesDirectory)
            ? Directory.GetFiles(rolesDirectory, "*.json").Order(StringComparer.Ordinal).Select(f => Read(dataDirectory, f)).ToList()
            : [];
        return CatalogParser.Parse(new CatalogSources(
            Read(dataDirectory, Path.Combine(dataDirectory, "skills.json")),
            Read(dataDirectory, Path.Combine(dataDirectory, "certifications.json")),
            Read(dataDirectory, Path.Combine(dataDirectory, "implied-skills.json")),
            roles));
    }

    private static CatalogFile Read(string dataDirectory, string path)
    {
        var name = "data/" + Path.GetRelativePath(dataDirectory, path).Replace('\\', '/');
        return File.Exists(path) ? new CatalogFile(name, File.ReadAllText(path)) : throw new CatalogException($"{name}: the file is missing.");
    }
}
