using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;

namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>
/// The model file: ML.NET's model zip (so ML.NET loads it as it is) with one more entry, our manifest.
/// Entries are rewritten with a fixed timestamp, so retraining on the same data does not change the file's bytes
/// only because the clock moved.
/// </summary>
internal static class DisambiguationModelFile
{
    public const string Format = "skillgap-disambiguation-mlnet/1";
    public const string ManifestEntry = "SkillGap/manifest.json";

    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Write(Stream output, MLContext ml, ITransformer transformer, DataViewSchema inputSchema, DisambiguationModelManifest manifest)
    {
        using var saved = new MemoryStream();
        ml.Model.Save(transformer, inputSchema, saved);
        saved.Position = 0;

        using var source = new ZipArchive(saved, ZipArchiveMode.Read);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            using var from = entry.Open();
            Add(target, entry.FullName, from);
        }

        using var json = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new ManifestJson(Format, manifest.Seed, manifest.Options, manifest.TechTerms), Json));
        Add(target, ManifestEntry, json);
    }

    public static (ITransformer Transformer, DataViewSchema InputSchema, DisambiguationModelManifest Manifest) Read(MLContext ml, Stream zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        try
        {
            using var copy = new MemoryStream();
            zip.CopyTo(copy);
            copy.Position = 0;
            DisambiguationModelManifest manifest;
            using (var archive = new ZipArchive(copy, ZipArchiveMode.Read, leaveOpen: true))
            {
                var entry = archive.GetEntry(ManifestEntry) ?? throw new InvalidDataException($"there is no {ManifestEntry} in it");
                using var stream = entry.Open();
                var json = JsonSerializer.Deserialize<ManifestJson>(stream, Json) ?? throw new InvalidDataException("its manifest is empty");
                if (json.Format != Format)
                {
                    throw new InvalidDataException($"its format is '{json.Format}', expected '{Format}'");
                }

                manifest = new DisambiguationModelManifest(json.Seed, json.Options ?? throw new InvalidDataException("its manifest has no options"), json.TechTerms ?? []);
            }

            copy.Position = 0;
            var transformer = ml.Model.Load(copy, out var schema);
            return (transformer, schema, manifest);
        }
        catch (Exception exception) when (exception is InvalidDataException or JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidDataException($"Not a disambiguation model file: {exception.Message}", exception);
        }
    }

    private static void Add(ZipArchive archive, string name, Stream content)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var to = entry.Open();
        content.CopyTo(to);
    }

    private sealed record ManifestJson(string Format, int Seed, DisambiguationTrainingOptions? Options, IReadOnlyList<string>? TechTerms);
}
