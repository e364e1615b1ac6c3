using SkillGap.Core.Analysis;
using SkillGap.Core.Catalogs;

namespace SkillGap.Core.Tests.Analysis;

public sealed class AnalyzerFilesTests
{
    private static readonly string DataDirectory = Path.Combine(AppContext.BaseDirectory, "data");

    [Fact]
    public void LoadsTheCommittedCatalogAndModel()
    {
        var files = AnalyzerFiles.Load(DataDirectory, Path.Combine(AppContext.BaseDirectory, "models", "disambiguation.zip"));

        Assert.NotEmpty(files.Catalog.Roles);
        Assert.NotEmpty(files.Model.Weights);
    }

    [Fact]
    public void AMissingModelIsAnErrorThatSaysHowToRetrain()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "models", "no-such-model.zip");

        var exception = Assert.Throws<CatalogException>(() => AnalyzerFiles.Load(DataDirectory, path));

        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
        Assert.Contains(AnalyzerFiles.RetrainCommand, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenModelIsAnErrorNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"skillgap-broken-{Guid.NewGuid():N}.zip");
        File.WriteAllText(path, "not a model");
        try
        {
            var exception = Assert.Throws<CatalogException>(() => AnalyzerFiles.LoadModel(path));

            Assert.Contains(path, exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
