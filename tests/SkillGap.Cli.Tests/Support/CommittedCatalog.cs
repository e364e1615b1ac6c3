using SkillGap.Core.Catalogs;

namespace SkillGap.Cli.Tests.Support;

/// <summary>The real catalog from data/, copied beside the tests.</summary>
internal static class CommittedCatalog
{
    private static readonly Lazy<Catalog> Loaded = new(() => CatalogFiles.Load(Path.Combine(AppContext.BaseDirectory, "data")));

    public static Catalog Real => Loaded.Value;
}
