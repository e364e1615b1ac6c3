using SkillGap.Pdf.Objects;

namespace SkillGap.Pdf.Content;

/// <summary>One content-stream operator with its operands, e.g. "Tf" with [/F1, 12].</summary>
internal readonly record struct ContentOperation(string Operator, IReadOnlyList<PdfObject> Operands);
