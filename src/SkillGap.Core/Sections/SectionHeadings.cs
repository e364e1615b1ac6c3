namespace SkillGap.Core.Sections;

/// <summary>The words people put above each part of a resume, normalised (lower case, "&amp;" as "and", no punctuation).</summary>
internal static class SectionHeadings
{
    public static readonly IReadOnlyDictionary<string, SectionKind> Known = Build(new()
    {
        [SectionKind.Contact] = ["contact", "contact information", "contact details", "personal details", "personal information"],
        [SectionKind.Summary] = ["summary", "professional summary", "career summary", "profile", "professional profile", "about me", "about",
            "objective", "career objective", "overview", "executive summary", "personal statement", "summary of qualifications", "highlights"],
        [SectionKind.Experience] = ["experience", "work experience", "professional experience", "work history", "employment history",
            "employment", "career history", "relevant experience", "professional background", "experience highlights", "work",
            "positions held", "career", "professional history", "technical experience", "it experience", "other experience",
            "additional experience", "volunteer experience", "volunteering", "internships", "internship", "selected engagements", "engagements",
            "client engagements", "consulting engagements"],
        [SectionKind.Projects] = ["projects", "personal projects", "selected projects", "key projects", "side projects", "project experience",
            "open source", "open source contributions", "portfolio", "homelab", "home lab", "labs"],
        [SectionKind.Skills] = ["skills", "technical skills", "core skills", "key skills", "skills summary", "core competencies", "competencies",
            "technologies", "tools", "tools and technologies", "technical proficiencies", "technical expertise", "expertise", "tech stack",
            "areas of expertise", "skills and tools", "skills and technologies", "it skills", "computer skills", "technical summary",
            "languages and tools", "programming languages", "qualifications", "skills and abilities", "competences", "key competences", "platforms", "skill areas", "tools and platforms",
            "platforms and tools", "technical areas"],
        [SectionKind.Certifications] = ["certifications", "certificates", "certification", "licenses and certifications",
            "licences and certifications", "certifications and licenses", "professional certifications", "credentials", "training",
            "training and certifications", "courses", "professional development", "certifications and training", "accreditations",
            "technical training", "it training"],
        [SectionKind.Education] = ["education", "education and training", "academic background", "academic history", "qualifications and education",
            "education and certifications", "degrees", "academics"],
        [SectionKind.Interests] = ["interests", "hobbies", "hobbies and interests", "personal interests", "interests and hobbies",
            "outside work", "activities", "extracurricular activities", "other interests"],
        [SectionKind.References] = ["references", "referees", "references available upon request", "references available on request"],
        [SectionKind.Other] = ["awards", "honors", "honours", "achievements", "publications", "languages", "spoken languages",
            "memberships", "affiliations", "additional information", "leadership", "awards and honors"],
    });

    private static Dictionary<string, SectionKind> Build(Dictionary<SectionKind, string[]> byKind) =>
        byKind.SelectMany(kv => kv.Value.Select(h => (h, kv.Key))).ToDictionary(p => p.h, p => p.Key, StringComparer.Ordinal);
}
