namespace SkillGap.Pdf.Objects;

/// <summary>The file is damaged beyond what repair can recover. Caught at the extractor boundary and turned into a typed result.</summary>
internal sealed class PdfCorruptException(string message) : Exception(message);

/// <summary>A budget (bytes, objects, operators, pages, time) ran out. Caught at the extractor boundary.</summary>
internal sealed class PdfBudgetExceededException(string message) : Exception(message);
