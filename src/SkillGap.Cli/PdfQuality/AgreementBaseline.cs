using System.Globalization;
using System.Text;

namespace SkillGap.Cli.PdfQuality;

/// <summary>One file's recorded agreement with PdfPig and the floor under which it counts as newly disagreeing.</summary>
internal sealed record AgreementFloor(string File, double Agreement, double Floor, string Note);

/// <summary>
/// <c>data/eval/pdfpig-agreement.tsv</c>: per file, the agreement F1 between our text and PdfPig's when it was last
/// reviewed, and the floor a test holds it to. Both readers are deterministic, so any drop is a real change in one
/// of them; <see cref="Slack"/> lets a change elsewhere in the reader move a word or two without a review, a larger
/// drop needs a person to look (pdf-quality --verbose shows the words) and the file rewritten with
/// <c>pdf-quality --write-agreement-baseline</c>, whose diff is the review.
/// </summary>
internal static class AgreementBaseline
{
    public const string FileName = "pdfpig-agreement.tsv";

    /// <summary>How far under its recorded agreement a file may fall before it counts as newly disagreeing.</summary>
    public const double Slack = 0.005;

    private const string Header = "file\tagreement\tfloor\tnote";

    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    public static string PathUnder(string repositoryRoot) => Path.Combine(repositoryRoot, "data", "eval", FileName);

    public static Dictionary<string, AgreementFloor> Load(string path)
    {
        var floors = new Dictionary<string, AgreementFloor>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return floors;
        }

        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#') || line == Header)
            {
                continue;
            }

            string[] cells = line.Split('\t');
            if (cells.Length != 4
                || !double.TryParse(cells[1], NumberStyles.Float, s_invariant, out double agreement)
                || !double.TryParse(cells[2], NumberStyles.Float, s_invariant, out double floor))
            {
                throw new InvalidDataException($"{FileName}:{number}: expected '{Header}' with numbers, got '{line}'.");
            }

            if (!floors.TryAdd(cells[0], new AgreementFloor(cells[0], agreement, floor, cells[3])))
            {
                throw new InvalidDataException($"{FileName}:{number}: {cells[0]} is listed twice.");
            }
        }

        return floors;
    }

    /// <summary>A floor for a file agreeing at <paramref name="agreement"/>: <see cref="Slack"/> under it, rounded down to 3 decimals.</summary>
    public static double FloorFor(double agreement) => Math.Max(0, Math.Floor((agreement - Slack) * 1000) / 1000);

    /// <summary>
    /// Files that newly disagree: under their recorded floor, or not recorded and under <see cref="PdfPigComparison.FlagBelow"/>.
    /// Files PdfPig did not read have no agreement and are not judged.
    /// </summary>
    public static List<string> Regressions(IEnumerable<QualityRow> rows, IReadOnlyDictionary<string, AgreementFloor> floors)
    {
        var regressions = new List<string>();
        foreach (QualityRow row in rows)
        {
            if (row.PdfPig?.Agreement is not { } agreement)
            {
                continue;
            }

            string file = $"{row.Group}/{row.Name}";
            double floor = floors.TryGetValue(file, out AgreementFloor? recorded) ? recorded.Floor : PdfPigComparison.FlagBelow;
            if (agreement.F1 < floor)
            {
                string was = recorded is null ? "not recorded" : string.Create(s_invariant, $"recorded {recorded.Agreement:0.000}");
                regressions.Add(string.Create(s_invariant, $"{file}: agreement with PdfPig {agreement.F1:0.000} < floor {floor:0.000} ({was})"));
            }
        }

        return regressions;
    }

    /// <summary>The file for these rows, keeping each file's note from <paramref name="previous"/>.</summary>
    public static string Format(IEnumerable<QualityRow> rows, IReadOnlyDictionary<string, AgreementFloor> previous)
    {
        var text = new StringBuilder();
        text.Append("# Agreement (token F1) between our PDF text and PdfPig's, per file, as last reviewed; written by\n");
        text.Append("# `dotnet run --project src/SkillGap.Cli -- pdf-quality --write-agreement-baseline`. A test fails when a file\n");
        text.Append("# falls under its floor (PdfQuality/PdfPigAgreementTests). A note says why a file agrees less than 0.98.\n");
        text.Append(Header).Append('\n');
        foreach (QualityRow row in rows)
        {
            if (row.PdfPig?.Agreement is not { } agreement)
            {
                continue;
            }

            string file = $"{row.Group}/{row.Name}";
            string note = previous.TryGetValue(file, out AgreementFloor? old) ? old.Note : "";
            text.Append(string.Create(s_invariant, $"{file}\t{agreement.F1:0.0000}\t{FloorFor(agreement.F1):0.000}\t{note}\n"));
        }

        return text.ToString();
    }
}
