using SkillGap.Pdf.Filters;
using SkillGap.Pdf.Objects;
using SkillGap.Pdf.Structure;

namespace SkillGap.Pdf.Tests.Support;

/// <summary>Objects held in a dictionary by number; streams decode without a budget.</summary>
internal sealed class InMemoryResolver : IPdfObjectResolver
{
    public Dictionary<int, PdfObject> Objects { get; } = [];

    public List<string> Warnings { get; } = [];

    public PdfObject Resolve(PdfObject? obj)
    {
        for (int hop = 0; hop < 16 && obj is PdfReference reference; hop++)
        {
            obj = Objects.GetValueOrDefault(reference.Number);
        }

        return obj is null or PdfReference ? PdfNull.Instance : obj;
    }

    public byte[] DecodeStream(PdfStream stream) => StreamDecoder.Decode(stream.Dictionary, stream.RawData.ToArray(), this, ReadBudget.Unlimited);

    public void Warn(string message) => Warnings.Add(message);
}
