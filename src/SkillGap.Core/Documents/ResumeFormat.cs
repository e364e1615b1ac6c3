namespace SkillGap.Core.Documents;

public enum ResumeFormat
{
    Pdf,
    Docx,
}
