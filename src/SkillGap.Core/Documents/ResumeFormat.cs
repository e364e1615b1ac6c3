namespace SkillGap.Core.Documents;

public enum DocumentFormat
{
    Pdf,
    Docx,
}
