using SkillGap.Core.Catalogs;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Analysis;

/// <summary>
/// The analyzer the service runs, built from its files: the catalog's JSON files and the trained disambiguation
/// model. The service, the CLI and the tests all load it here, so there is one rule for a missing or broken file:
/// a <see cref="CatalogException"/> naming it. A missing model is an error, not a fall-back to the weaker rules,
/// since then ordinary words (Chef, Go, Helm) would be judged differently without anyone noticing.
/// </summary>
public sealed record AnalyzerFiles(Catalog Catalog, DisambiguationModel Model, ResumeAnalyzer Analyzer)
{
    public const string RetrainCommand = "dotnet run --project src/SkillGap.Cli -- train";

    public static AnalyzerFiles Load(string dataDirectory, string modelPath)
    {
        var catalog = CatalogFiles.Load(dataDirectory);
        var model = LoadModel(modelPath);
        return new AnalyzerFiles(catalog, model, new ResumeAnalyzer(catalog, model.Accepts));
    }

    public static DisambiguationModel LoadModel(string path)
    {
        if (!File.Exists(path))
        {
            throw new CatalogException($"The disambiguation model '{path}' is missing. Retrain it with: {RetrainCommand}");
        }

        try
        {
            using var file = File.OpenRead(path);
            return DisambiguationModel.Load(file);
        }
        catch (InvalidDataException ex)
        {
            throw new CatalogException($"The disambiguation model '{path}' is malformed: {ex.Message}", ex);
        }
    }
}
