using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;
using SkillGap.Core.Skills.Disambiguation;
using SkillGap.Web.Catalogs;

namespace SkillGap.Cli.Evaluation;

/// <summary>The analyzer the service would run, built from the catalog JSON files and, when present, the trained model.</summary>
internal sealed record EvalPipeline(ResumeAnalyzer Analyzer, Catalog Catalog, string Disambiguation)
{
    /// <returns>The pipeline, or null with <paramref name="error"/> naming the file that could not be used.</returns>
    public static EvalPipeline? Load(string dataDirectory, string? modelPath, out string error)
    {
        error = "";
        Catalog catalog;
        try
        {
            catalog = CatalogFiles.Load(dataDirectory);
        }
        catch (CatalogException ex)
        {
            error = ex.Message;
            return null;
        }
        catch (IOException ex)
        {
            error = $"cannot read the catalog in {dataDirectory}: {ex.Message}";
            return null;
        }

        if (modelPath is null || !File.Exists(modelPath))
        {
            return new EvalPipeline(new ResumeAnalyzer(catalog), catalog, "ambiguity rules (no trained model)");
        }

        var model = DisambiguationModel.FromJson(File.ReadAllText(modelPath));
        return new EvalPipeline(new ResumeAnalyzer(catalog, model.Accepts), catalog, $"trained model {modelPath}");
    }
}
