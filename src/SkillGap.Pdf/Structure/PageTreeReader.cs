using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Structure;

/// <summary>
/// Walks the page tree iteratively, carrying inherited Resources, MediaBox, CropBox and Rotate down to the leaves.
/// Each node is visited once, so cycles end. When the tree yields nothing, pages are collected by /Type /Page.
/// </summary>
internal static class PageTreeReader
{
    public static List<PdfPage> Read(PdfDocument document, int maxPages)
    {
        var pages = new List<PdfPage>();
        var visited = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(PdfObject Node, Inherited Inherited)>();
        pending.Push((document.Catalog["Pages"] ?? PdfNull.Instance, new Inherited(null, null, null, null)));
        while (pending.Count > 0 && pages.Count <= maxPages)
        {
            document.Budget.Tick();
            var (node, inherited) = pending.Pop();
            if (document.Resolve(node) is not PdfDictionary dictionary || !visited.Add(dictionary))
            {
                continue;
            }

            var here = inherited.With(dictionary, document);
            if (document.GetArray(dictionary, "Kids") is { } kids && document.GetName(dictionary, "Type") != "Page")
            {
                for (int i = kids.Count - 1; i >= 0; i--)
                {
                    pending.Push((kids[i], here));
                }
            }
            else
            {
                pages.Add(here.ToPage(dictionary, document));
            }
        }

        if (pages.Count == 0)
        {
            document.Warn("The page tree was damaged; the reader collected pages by their type.");
            foreach (int number in document.ObjectNumbers)
            {
                if (pages.Count > maxPages)
                {
                    break;
                }

                if (document.Resolve(new PdfReference(number, 0)) is PdfDictionary candidate && document.GetName(candidate, "Type") == "Page")
                {
                    pages.Add(new Inherited(null, null, null, null).With(candidate, document).ToPage(candidate, document));
                }
            }
        }

        return pages;
    }

    private sealed record Inherited(PdfDictionary? Resources, PageBox? MediaBox, PageBox? CropBox, int? Rotate)
    {
        public Inherited With(PdfDictionary node, PdfDocument document) => new(
            document.GetDictionary(node, "Resources") ?? Resources,
            PageBox.FromArray(document.GetArray(node, "MediaBox"), document) ?? MediaBox,
            PageBox.FromArray(document.GetArray(node, "CropBox"), document) ?? CropBox,
            document.GetNumber(node, "Rotate") is { } rotate ? (int)rotate : Rotate);

        public PdfPage ToPage(PdfDictionary page, PdfDocument document)
        {
            if (Resources is null)
            {
                document.Warn("A page has no resources.");
            }

            var media = MediaBox ?? PageBox.Letter;
            var crop = (CropBox ?? media).ClipTo(media);
            int rotate = (((Rotate ?? 0) / 90 * 90 % 360) + 360) % 360;
            return new PdfPage(page, Resources ?? PdfDictionary.Empty, media, crop, rotate);
        }
    }
}
