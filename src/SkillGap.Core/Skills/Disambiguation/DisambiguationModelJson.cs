using System.Text;
using System.Text.Json;

namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>
/// The model file: indented JSON with weights sorted by feature name, so a retrained model diffs line by line
/// and the same model always serialises to the same bytes.
/// </summary>
internal static class DisambiguationModelJson
{
    public const string Format = "skillgap-disambiguation-logistic/1";

    public static string Write(DisambiguationModel model)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", Format);
            writer.WriteNumber("seed", model.Seed);
            writer.WriteNumber("threshold", model.Threshold);
            writer.WriteStartObject("options");
            writer.WriteNumber("l2", model.Options.L2);
            writer.WriteNumber("learningRate", model.Options.LearningRate);
            writer.WriteNumber("epochs", model.Options.Epochs);
            writer.WriteNumber("minFeatureCount", model.Options.MinFeatureCount);
            writer.WriteEndObject();
            writer.WriteNumber("bias", model.Bias);
            writer.WriteStartArray("techTerms");
            foreach (var term in model.TechTerms)
            {
                writer.WriteStringValue(term);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("weights");
            foreach (var (feature, weight) in model.Weights.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                writer.WriteNumber(feature, weight);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Reads a model file; a file that is not a model of this format is a broken deployment, so it throws.</summary>
    public static DisambiguationModel Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var format = root.GetProperty("format").GetString();
            if (format != Format)
            {
                throw new InvalidDataException($"Disambiguation model format is '{format}', expected '{Format}'.");
            }

            var options = root.GetProperty("options");
            var trainingOptions = new DisambiguationTrainingOptions
            {
                L2 = options.GetProperty("l2").GetDouble(),
                LearningRate = options.GetProperty("learningRate").GetDouble(),
                Epochs = options.GetProperty("epochs").GetInt32(),
                MinFeatureCount = options.GetProperty("minFeatureCount").GetInt32(),
                Threshold = root.GetProperty("threshold").GetDouble(),
            };
            var techTerms = root.GetProperty("techTerms").EnumerateArray().Select(term => term.GetString() ?? "").ToList();
            var weights = root.GetProperty("weights").EnumerateObject()
                .ToDictionary(property => property.Name, property => property.Value.GetDouble(), StringComparer.Ordinal);

            return new DisambiguationModel(
                weights, root.GetProperty("bias").GetDouble(), trainingOptions, root.GetProperty("seed").GetInt32(), techTerms);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"Not a disambiguation model file: {exception.Message}", exception);
        }
    }
}
