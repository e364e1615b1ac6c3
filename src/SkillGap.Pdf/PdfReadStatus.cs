namespace SkillGap.Pdf;

public enum PdfReadStatus
{
    Ok,
    NotPdf,
    Corrupt,
    PasswordProtected,
    NoTextLayer,
    OverBudget,
}
