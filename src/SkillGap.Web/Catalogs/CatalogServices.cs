using Microsoft.Extensions.Options;
using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Web.Catalogs;

public static class CatalogServices
{
    /// <summary>
    /// The catalog, the trained model and the analyzer are built once at start-up. A malformed data file stops
    /// start-up with a message naming it; a missing or broken model file does too, since without it ordinary
    /// words (Chef, Go, Helm) would be judged by the weaker rules without anyone noticing.
    /// </summary>
    public static IServiceCollection AddSkillGapCatalog(this IServiceCollection services)
    {
        services.AddOptions<CatalogOptions>().BindConfiguration(CatalogOptions.Section);
        services.AddSingleton(sp => CatalogFiles.Load(sp.GetRequiredService<IOptions<CatalogOptions>>().Value.DataDirectory));
        services.AddSingleton(sp => LoadModel(sp.GetRequiredService<IOptions<CatalogOptions>>().Value.ModelPath));
        services.AddSingleton(sp => new ResumeAnalyzer(sp.GetRequiredService<Catalog>(), sp.GetRequiredService<DisambiguationModel>().Accepts));
        return services;
    }

    public static void LoadCatalogNow(this WebApplication app) => _ = app.Services.GetRequiredService<ResumeAnalyzer>();

    private static DisambiguationModel LoadModel(string path)
    {
        if (!File.Exists(path))
        {
            throw new CatalogException($"The disambiguation model '{path}' is missing. Retrain it with: dotnet run --project src/SkillGap.Cli -- train");
        }

        try
        {
            return DisambiguationModel.FromJson(File.ReadAllText(path));
        }
        catch (InvalidDataException ex)
        {
            throw new CatalogException($"The disambiguation model '{path}' is malformed: {ex.Message}", ex);
        }
    }
}
