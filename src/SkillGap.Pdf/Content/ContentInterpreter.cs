using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Structure;
using SkillGap.Pdf.Text;

namespace SkillGap.Pdf.Content;

/// <summary>
/// Runs a page's content stream through the graphics and text state machine (§8, §9) and emits positioned glyphs
/// in displayed-page space. Form XObjects are followed to a depth limit and never into themselves.
/// </summary>
internal sealed partial class ContentInterpreter
{
    private const int MaxStateDepth = 256;
    private const int HardFormDepthLimit = 32;

    private readonly IPdfObjectResolver _resolver;
    private readonly FontCache _fonts;
    private readonly ReadBudget _budget;
    private readonly int _maxFormDepth;
    private readonly Dictionary<PdfStream, byte[]?> _formContent = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<PdfStream> _activeForms = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<GraphicsState> _saved = new();
    private readonly PathBounds _path = new();
    private readonly OptionalContent _optionalContent;

    // Pages of one document hold similar amounts of text: one buffer grows once instead of once per page.
    private readonly GlyphBuffer _pageGlyphs = new();

    // Operators take at most six numbers; each count has one buffer (path operators depend on its exact length).
    private readonly double[]?[] _numberBuffers = new double[]?[7];
    private GraphicsState _state = new();
    private GlyphCollector _collector = new();
    private Matrix _display = Matrix.Identity;
    private double _pageWidth = double.PositiveInfinity;
    private double _pageHeight = double.PositiveInfinity;
    private Matrix _textMatrix = Matrix.Identity;
    private Matrix _lineMatrix = Matrix.Identity;
    private int _ignoredSaves;
    private bool _clipPending;

    public ContentInterpreter(IPdfObjectResolver resolver, FontCache fonts, ReadBudget budget, int maxFormDepth, OptionalContent? optionalContent = null)
    {
        _resolver = resolver;
        _fonts = fonts;
        _budget = budget;
        _maxFormDepth = Math.Clamp(maxFormDepth, 0, HardFormDepthLimit);
        _optionalContent = optionalContent ?? OptionalContent.None;
    }

    /// <summary>
    /// Interprets one page. Glyphs whose origin falls off the displayed page (<paramref name="pageWidth"/> × <paramref name="pageHeight"/>)
    /// are marked invisible. The returned list is the interpreter's own buffer: the next call refills it.
    /// </summary>
    public IReadOnlyList<PositionedGlyph> Run(
        byte[] content,
        PdfDictionary resources,
        Matrix displayMatrix,
        double pageWidth = double.PositiveInfinity,
        double pageHeight = double.PositiveInfinity,
        IReadOnlyList<AnnotationAppearance>? appearances = null)
    {
        _pageWidth = pageWidth;
        _pageHeight = pageHeight;
        _state = new GraphicsState();
        _saved.Clear();
        _collector = new GlyphCollector(_pageGlyphs);
        _display = displayMatrix;
        _textMatrix = _lineMatrix = Matrix.Identity;
        _ignoredSaves = 0;
        _path.Take();
        _clipPending = false;
        Execute(content, resources, depth: 0);
        foreach (var appearance in appearances ?? [])
        {
            _state = new GraphicsState();
            _saved.Clear();
            DrawForm(appearance.Form, resources, depth: 0, appearance.Placement);
        }

        return _collector.Glyphs;
    }

    private void Execute(byte[] content, PdfDictionary resources, int depth)
    {
        foreach (var operation in new ContentStreamReader(content, _budget).ReadAll())
        {
            _budget.CountOperator();
            Apply(operation, resources, depth);
        }
    }

    private void Apply(ContentOperation operation, PdfDictionary resources, int depth)
    {
        var operands = operation.Operands;
        switch (operation.Operator)
        {
            case "q":
                Save();
                break;
            case "Q":
                Restore();
                break;
            case "cm" when TryMatrix(operands, out var cm):
                _state.Ctm = cm.Multiply(_state.Ctm);
                break;
            case "m" or "l" when TryNumbers(operands, 2, out var point):
                _path.Add(_state.Ctm.Multiply(_display), point[0], point[1]);
                break;
            case "c" when TryNumbers(operands, 6, out var curve):
                AddPathPoints(curve);
                break;
            case "v" or "y" when TryNumbers(operands, 4, out var shortCurve):
                AddPathPoints(shortCurve);
                break;
            case "re" when TryNumbers(operands, 4, out var rectangle):
                AddRectangle(rectangle[0], rectangle[1], rectangle[2], rectangle[3]);
                break;
            case "W" or "W*":
                _clipPending = true;
                break;
            case "n" or "S" or "s" or "f" or "F" or "f*" or "B" or "B*" or "b" or "b*":
                EndPath();
                break;
            case "BT":
                _textMatrix = _lineMatrix = Matrix.Identity;
                break;
            case "Tf":
                SelectFont(operands, resources);
                break;
            case "Td" when TryNumbers(operands, 2, out var td):
                MoveLine(td[0], td[1]);
                break;
            case "TD" when TryNumbers(operands, 2, out var tdLeading):
                _state.Leading = -tdLeading[1];
                MoveLine(tdLeading[0], tdLeading[1]);
                break;
            case "Tm" when TryMatrix(operands, out var tm):
                _textMatrix = _lineMatrix = tm;
                break;
            case "T*":
                MoveLine(0, -_state.Leading);
                break;
            case "Tc" when TryNumbers(operands, 1, out var tc):
                _state.CharSpacing = tc[0];
                break;
            case "Tw" when TryNumbers(operands, 1, out var tw):
                _state.WordSpacing = tw[0];
                break;
            case "Tz" when TryNumbers(operands, 1, out var tz):
                _state.HorizontalScale = tz[0] / 100;
                break;
            case "TL" when TryNumbers(operands, 1, out var tl):
                _state.Leading = tl[0];
                break;
            case "Ts" when TryNumbers(operands, 1, out var ts):
                _state.Rise = ts[0];
                break;
            case "Tr" when TryNumbers(operands, 1, out var tr):
                _state.RenderMode = (int)tr[0];
                break;
            case "Tj" when operands.Count > 0 && operands[^1] is PdfString shown:
                ShowText(shown.Bytes);
                break;
            case "'" when operands.Count > 0 && operands[^1] is PdfString nextLine:
                MoveLine(0, -_state.Leading);
                ShowText(nextLine.Bytes);
                break;
            case "\"" when operands.Count >= 3 && operands[^1] is PdfString spaced && operands[^3] is PdfNumber aw && operands[^2] is PdfNumber ac:
                _state.WordSpacing = aw.Value;
                _state.CharSpacing = ac.Value;
                MoveLine(0, -_state.Leading);
                ShowText(spaced.Bytes);
                break;
            case "TJ" when operands.Count > 0 && operands[^1] is PdfArray items:
                ShowTextWithPositions(items);
                break;
            case "Do" when operands.Count > 0 && operands[^1] is PdfName xobject:
                DrawXObject(xobject.Value, resources, depth);
                break;
            case "BMC":
                _collector.BeginMarkedContent(null);
                break;
            case "BDC":
                var properties = MarkedContentProperties(operands, resources);
                bool hidden = operands.Count >= 2 && operands[^2] is PdfName { Value: "OC" } && _optionalContent.IsHidden(properties);
                _collector.BeginMarkedContent(ActualText(properties), hidden);
                break;
            case "EMC":
                _collector.EndMarkedContent();
                break;
        }
    }

    private void Save()
    {
        if (_saved.Count >= MaxStateDepth)
        {
            _ignoredSaves++;
            return;
        }

        _saved.Push(_state.Clone());
    }

    private void Restore()
    {
        if (_ignoredSaves > 0)
        {
            _ignoredSaves--;
        }
        else if (_saved.Count > 0)
        {
            _state = _saved.Pop();
        }
    }

    private void MoveLine(double tx, double ty)
    {
        _lineMatrix = Matrix.Translation(tx, ty).Multiply(_lineMatrix);
        _textMatrix = _lineMatrix;
    }

    private void SelectFont(IReadOnlyList<PdfObject> operands, PdfDictionary resources)
    {
        if (operands.Count < 2 || operands[^2] is not PdfName name || operands[^1] is not PdfNumber size)
        {
            return;
        }

        _state.FontSize = size.Value;
        var loaded = _fonts.Find(resources, name.Value);
        if (loaded is null)
        {
            _resolver.Warn("A page uses a font that is missing from its resources; its text was decoded as plain Latin-1.");
        }

        _state.Font = loaded?.Font;
        _state.FontId = loaded?.Id ?? -1;
        _state.FontHeightScale = loaded?.HeightScale ?? 1;
    }

    /// <summary>The last <paramref name="count"/> operands as numbers, in a buffer of that length reused by the next call.</summary>
    private bool TryNumbers(IReadOnlyList<PdfObject> operands, int count, out double[] values)
    {
        values = _numberBuffers[count] ??= new double[count];
        if (operands.Count < count)
        {
            return false;
        }

        for (int i = 0; i < count; i++)
        {
            if (operands[operands.Count - count + i] is not PdfNumber number || !double.IsFinite(number.Value))
            {
                return false;
            }

            values[i] = number.Value;
        }

        return true;
    }

    private bool TryMatrix(IReadOnlyList<PdfObject> operands, out Matrix matrix)
    {
        matrix = Matrix.Identity;
        if (!TryNumbers(operands, 6, out var m))
        {
            return false;
        }

        matrix = new Matrix(m[0], m[1], m[2], m[3], m[4], m[5]);
        return true;
    }
}
