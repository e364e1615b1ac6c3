using SkillGap.Core.Catalogs;
using SkillGap.Core.Documents;
using SkillGap.Core.Skills;

namespace SkillGap.Core.Analysis;

/// <summary>
/// The skills a held certification's name states (<see cref="Certification.StatedSkills"/>: "ITIL" in "ITIL 4
/// Foundation"). The person wrote them, so they count as written skills, with the certificate's line as evidence,
/// pointing at the word when the name as written holds it. The certification's other covered skills (change
/// management for ITIL) stay certification credit: the name does not state them.
/// </summary>
internal static class CertificationNamedSkills
{
    public static IEnumerable<Mention> From(IEnumerable<Mention> mentions, ExtractedDocument document, AliasMatcher matcher, Catalog catalog)
    {
        foreach (var certification in mentions.Where(m => m.Match.Target == MatchTarget.Certification))
        {
            var stated = catalog.FindCertification(certification.Match.TargetId)!.StatedSkills ?? [];
            var name = document.Text.Substring(certification.Match.Start, certification.Match.Length);
            var written = matcher.MatchSkills(name);
            foreach (var skillId in stated)
            {
                var word = written.FirstOrDefault(s => s.TargetId == skillId);
                var (start, length) = word is null
                    ? (certification.Match.Start, certification.Match.Length)
                    : (certification.Match.Start + word.Start, word.Length);
                yield return new Mention(
                    new AliasMatch(MatchTarget.Skill, skillId, start, length, word?.Alias ?? certification.Match.Alias, Ambiguous: false),
                    certification.Evidence with { Start = start, Length = length });
            }
        }
    }
}
