using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;

namespace SkillGap.Cli.Evaluation;

/// <summary>The analyzer the service would run, built from the catalog JSON files and the trained model, as the service loads them.</summary>
internal sealed record EvalPipeline(ResumeAnalyzer Analyzer, Catalog Catalog, string Disambiguation)
{
    /// <returns>The pipeline, or null with <paramref name="error"/> naming the file that could not be used.</returns>
    public static EvalPipeline? Load(string dataDirectory, string modelPath, out string error)
    {
        error = "";
        try
        {
            var files = AnalyzerFiles.Load(dataDirectory, modelPath);
            return new EvalPipeline(files.Analyzer, files.Catalog, $"trained model {modelPath}");
        }
        catch (CatalogException ex)
        {
            error = ex.Message;
            return null;
        }
        catch (IOException ex)
        {
            error = $"cannot read the catalog in {dataDirectory} or the model {modelPath}: {ex.Message}";
            return null;
        }
    }
}
