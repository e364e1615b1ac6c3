using SkillGap.Pdf.Content;
using SkillGap.Pdf.Fonts;
using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Structure;
using SkillGap.Pdf.Tests.Support;
using SkillGap.Pdf.Text;

namespace SkillGap.Pdf.Tests.Content;

/// <summary>Runs content through the interpreter with fake fonts chosen by their /BaseFont name.</summary>
internal sealed class InterpreterHarness
{
    public InMemoryResolver Resolver { get; } = new();

    public Dictionary<string, PdfFont> Fonts { get; } = new() { ["Regular"] = new FakeFont() };

    public string Resources { get; set; } = "<< /Font << /F1 << /BaseFont /Regular >> >> >>";

    public Matrix Display { get; set; } = Matrix.Identity;

    public int MaxFormDepth { get; set; } = 12;

    public double PageWidth { get; set; } = double.PositiveInfinity;

    public double PageHeight { get; set; } = double.PositiveInfinity;

    public ReadBudget Budget { get; set; } = ReadBudget.Unlimited;

    public OptionalContent? OptionalContent { get; set; }

    public List<PositionedGlyph> Run(string content)
    {
        var fonts = new FontCache(Resolver, (dictionary, _) => Fonts[((PdfName)dictionary["BaseFont"]!).Value]);
        var interpreter = new ContentInterpreter(Resolver, fonts, Budget, MaxFormDepth, OptionalContent);
        return interpreter.Run(PdfSyntax.Bytes(content), PdfSyntax.Dictionary(Resources), Display, PageWidth, PageHeight).ToList();
    }

    public static string TextOf(IEnumerable<PositionedGlyph> glyphs) => string.Concat(glyphs.Select(g => g.Text));
}
