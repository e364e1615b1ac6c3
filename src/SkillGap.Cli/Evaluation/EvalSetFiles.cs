namespace SkillGap.Cli.Evaluation;

/// <summary>One rendering of an eval resume: <c>docx</c>, <c>libreoffice.pdf</c>, <c>chromium.pdf</c>, ...</summary>
public sealed record EvalDocument(string Format, string Path);

public sealed record EvalResume(ResumeLabels Labels, string MarkdownPath, IReadOnlyList<EvalDocument> Documents);

/// <summary>The eval set as it lies on disk, or the problems that stop it from being read.</summary>
public sealed record EvalSet(IReadOnlyList<EvalResume> Resumes, IReadOnlyList<string> Problems);

/// <summary>
/// Reads <c>resumes/&lt;id&gt;.labels.json</c> and <c>resumes/&lt;id&gt;.md</c>, and the files
/// <c>render.sh</c> wrote into <c>rendered/&lt;id&gt;/</c>.
/// </summary>
public static class EvalSetFiles
{
    /// <summary>Producers in the order reports list them; anything else rendered sorts after them.</summary>
    public static readonly IReadOnlyList<string> KnownFormats =
        ["docx", "libreoffice.pdf", "chromium.pdf", "chromium-2col.pdf", "pdflatex.pdf", "pdflatex-cm.pdf", "pandoc-lualatex.pdf"];

    private const string LabelsSuffix = ".labels.json";

    public static EvalSet Load(string evalDirectory)
    {
        var resumesDirectory = Path.Combine(evalDirectory, "resumes");
        if (!Directory.Exists(resumesDirectory))
        {
            return new EvalSet([], [$"no resumes folder at {resumesDirectory}"]);
        }

        var resumes = new List<EvalResume>();
        var problems = new List<string>();
        foreach (var labelsPath in Directory.GetFiles(resumesDirectory, "*" + LabelsSuffix).Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(labelsPath);
            var id = fileName[..^LabelsSuffix.Length];
            var labels = ResumeLabels.Parse(File.ReadAllText(labelsPath), out var error);
            if (labels is null)
            {
                problems.Add($"{fileName}: {error}");
                continue;
            }

            if (labels.Id != id)
            {
                problems.Add($"{fileName}: its id is '{labels.Id}', not '{id}'");
                continue;
            }

            resumes.Add(new EvalResume(labels, Path.Combine(resumesDirectory, id + ".md"), Rendered(evalDirectory, id)));
        }

        return new EvalSet(resumes, problems);
    }

    public static int FormatOrder(string format)
    {
        var index = KnownFormats.ToList().IndexOf(format);
        return index < 0 ? KnownFormats.Count : index;
    }

    private static List<EvalDocument> Rendered(string evalDirectory, string id)
    {
        var directory = Path.Combine(evalDirectory, "rendered", id);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.GetFiles(directory)
            .Where(path => path.EndsWith(".pdf", StringComparison.Ordinal) || path.EndsWith(".docx", StringComparison.Ordinal))
            .Select(path => new EvalDocument(Path.GetFileName(path)[(id.Length + 1)..], path))
            .OrderBy(d => FormatOrder(d.Format))
            .ThenBy(d => d.Format, StringComparer.Ordinal)
            .ToList();
    }
}
