namespace SkillGap.Core.Sections;

/// <summary>The part of a resume a line belongs to. Skills seen only under References or Interests do not count.</summary>
public enum SectionKind
{
    Unknown,
    Contact,
    Summary,
    Experience,
    Projects,
    Skills,
    Certifications,
    Education,
    Interests,
    References,
    Other,
}
