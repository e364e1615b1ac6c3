using System.Text.Json;

namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>
/// Reads the JSONL training file: one object per line with text, alias, skillId, occurrence, section and label.
/// Blank lines are ignored; every other line either becomes an example or an error naming the line.
/// </summary>
public static class TrainingSet
{
    public static TrainingSetParseResult Parse(string jsonl)
    {
        ArgumentNullException.ThrowIfNull(jsonl);

        var examples = new List<LabelledMention>();
        var errors = new List<string>();
        var lines = jsonl.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (example, error) = ParseLine(line);
            if (example is not null)
            {
                examples.Add(example);
            }
            else
            {
                errors.Add($"line {i + 1}: {error}");
            }
        }

        return new TrainingSetParseResult(examples, errors);
    }

    private static (LabelledMention? Example, string? Error) ParseLine(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            return (null, $"not valid JSON ({exception.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "expected a JSON object");
            }

            if (!TryString(root, "text", out var text) || text.Length == 0)
            {
                return (null, "'text' must be a non-empty string");
            }

            if (!TryString(root, "alias", out var alias) || alias.Length == 0)
            {
                return (null, "'alias' must be a non-empty string");
            }

            if (!TryString(root, "skillId", out var skillId) || skillId.Length == 0)
            {
                return (null, "'skillId' must be a non-empty string");
            }

            if (!root.TryGetProperty("occurrence", out var occurrenceElement)
                || !occurrenceElement.TryGetInt32(out var occurrence) || occurrence < 0)
            {
                return (null, "'occurrence' must be a non-negative integer");
            }

            if (!TryString(root, "section", out var sectionName) || !SectionNames.TryParse(sectionName, out var section))
            {
                return (null, $"'section' must be one of {string.Join(", ", Enum.GetValues<Sections.SectionKind>().Select(SectionNames.ToName))}");
            }

            if (!root.TryGetProperty("label", out var labelElement)
                || labelElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                return (null, "'label' must be true or false");
            }

            var starts = AliasOccurrences.Find(text, alias);
            if (occurrence >= starts.Count)
            {
                return (null, $"'occurrence' is {occurrence} but '{alias}' appears {starts.Count} time(s) as a whole word with that exact case");
            }

            var mention = new MentionContext(text, starts[occurrence], alias.Length, skillId, section);
            return (new LabelledMention(mention, occurrence, labelElement.GetBoolean()), null);
        }
    }

    private static bool TryString(JsonElement root, string name, out string value)
    {
        value = "";
        if (!root.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        value = element.GetString() ?? "";
        return true;
    }
}
