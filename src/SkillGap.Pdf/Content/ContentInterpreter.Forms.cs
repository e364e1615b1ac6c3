using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Text;

namespace SkillGap.Pdf.Content;

/// <summary>Marked content properties and Form XObjects (§8.10, §14.6).</summary>
internal sealed partial class ContentInterpreter
{
    /// <summary>The property list of BDC: inline, or named in the resources' /Properties.</summary>
    private PdfObject? MarkedContentProperties(IReadOnlyList<PdfObject> operands, PdfDictionary resources)
    {
        var properties = operands.Count >= 2 ? operands[^1] : null;
        if (properties is PdfName named && _resolver.GetDictionary(resources, "Properties") is { } all)
        {
            properties = _resolver.Resolve(all[named.Value]);
        }

        return properties;
    }

    private string? ActualText(PdfObject? properties) =>
        properties is PdfDictionary dictionary && _resolver.Resolve(dictionary["ActualText"]) is PdfString text
            ? PdfTextString.Decode(text.Bytes)
            : null;

    private void DrawXObject(string name, PdfDictionary resources, int depth)
    {
        if (_resolver.GetDictionary(resources, "XObject") is not { } xobjects
            || _resolver.Resolve(xobjects[name]) is not PdfStream form
            || _resolver.GetName(form.Dictionary, "Subtype") != "Form")
        {
            return;
        }

        if (_optionalContent.IsHidden(form.Dictionary["OC"]))
        {
            return;
        }

        DrawForm(form, resources, depth, placement: null);
    }

    /// <summary>
    /// Runs a form's content in a saved graphics state: its /Matrix (then <paramref name="placement"/>, for annotation
    /// appearances) joins the CTM and its own resources apply, falling back to the caller's.
    /// </summary>
    private void DrawForm(PdfStream form, PdfDictionary resources, int depth, Matrix? placement)
    {
        if (depth >= _maxFormDepth || _activeForms.Contains(form))
        {
            _resolver.Warn("Forms on a page were nested too deeply or drew themselves; the reader stopped following them.");
            return;
        }

        if (!_formContent.TryGetValue(form, out var content))
        {
            try
            {
                content = _resolver.DecodeStream(form);
            }
            catch (PdfCorruptException)
            {
                _resolver.Warn("A form on a page could not be decoded.");
                content = null;
            }

            _formContent[form] = content;
        }

        if (content is null)
        {
            return;
        }

        var formResources = _resolver.GetDictionary(form.Dictionary, "Resources") ?? resources;
        var savedText = (_textMatrix, _lineMatrix);
        int savedDepth = _saved.Count;
        Save();
        if (placement is { } outer)
        {
            _state.Ctm = outer.Multiply(_state.Ctm);
        }

        if (_resolver.GetArray(form.Dictionary, "Matrix") is { } matrixArray && TryMatrix(matrixArray.Items, out var formMatrix))
        {
            _state.Ctm = formMatrix.Multiply(_state.Ctm);
        }

        _activeForms.Add(form);
        try
        {
            Execute(content, formResources, depth + 1);
        }
        finally
        {
            _activeForms.Remove(form);
            while (_saved.Count > savedDepth + 1)
            {
                _saved.Pop();
            }

            _ignoredSaves = 0;
            Restore();
            (_textMatrix, _lineMatrix) = savedText;
        }
    }
}
