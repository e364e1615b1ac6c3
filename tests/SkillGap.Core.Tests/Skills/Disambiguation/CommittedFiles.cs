using System.IO.Compression;
using SkillGap.Core.Analysis;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Tests.Skills.Disambiguation;

/// <summary>The training data and model as committed; the test project copies data/ and models/ beside the tests.</summary>
internal static class CommittedFiles
{
    public static string ModelPath => Path.Combine(AppContext.BaseDirectory, "models", "disambiguation.zip");

    public static string DataPath => Path.Combine(AppContext.BaseDirectory, "data", "training", "disambiguation.jsonl");

    public static Lazy<DisambiguationModel> Model { get; } = new(() => AnalyzerFiles.LoadModel(ModelPath));

    public static Lazy<IReadOnlyList<LabelledMention>> Examples { get; } = new(() =>
    {
        var parsed = TrainingSet.Parse(File.ReadAllText(DataPath));
        Assert.Empty(parsed.Errors);
        return parsed.Examples;
    });

    /// <summary>A model file's content: every entry's name and uncompressed bytes, whatever the zip's own bytes.</summary>
    public static SortedDictionary<string, byte[]> Entries(Stream zip)
    {
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var content = entry.Open();
            using var bytes = new MemoryStream();
            content.CopyTo(bytes);
            entries[entry.FullName] = bytes.ToArray();
        }

        return entries;
    }

    public static SortedDictionary<string, byte[]> Entries(DisambiguationModel model)
    {
        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        return Entries(file);
    }
}
