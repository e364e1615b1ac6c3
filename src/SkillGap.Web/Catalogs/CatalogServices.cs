using Microsoft.Extensions.Options;
using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;

namespace SkillGap.Web.Catalogs;

public static class CatalogServices
{
    /// <summary>The catalog and the analyzer are built once; a malformed data file stops start-up with a message naming it.</summary>
    public static IServiceCollection AddSkillGapCatalog(this IServiceCollection services)
    {
        services.AddOptions<CatalogOptions>().BindConfiguration(CatalogOptions.Section);
        services.AddSingleton(sp => CatalogFiles.Load(sp.GetRequiredService<IOptions<CatalogOptions>>().Value.DataDirectory));
        services.AddSingleton(sp => new ResumeAnalyzer(sp.GetRequiredService<Catalog>()));
        return services;
    }

    public static void LoadCatalogNow(this WebApplication app) => _ = app.Services.GetRequiredService<ResumeAnalyzer>();
}
