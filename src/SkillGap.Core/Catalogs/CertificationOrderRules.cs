namespace SkillGap.Core.Catalogs;

/// <summary>
/// What the certification path relies on in certifications.json: ladders with more than one step, prerequisites that
/// are not the certification itself and not higher on its own ladder, and an order of prerequisites and recommended
/// predecessors without cycles. References to unknown ids are checked before this runs.
/// </summary>
internal static class CertificationOrderRules
{
    public static void Check(string file, IReadOnlyList<Certification> certifications)
    {
        var byId = certifications.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var ladder in certifications.Where(c => c.Ladder is not null).GroupBy(c => c.Ladder!, StringComparer.Ordinal))
        {
            Require(ladder.Key.Length > 0 && ladder.Key.All(ch => ch is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'), file, $"ladder '{ladder.Key}' must be lowercase letters, digits and hyphens");
            Require(ladder.Count() > 1, file, $"ladder '{ladder.Key}' has only certification '{ladder.First().Id}'; a ladder needs at least two steps (a misspelt ladder?)");
        }

        foreach (var cert in certifications)
        {
            var where = $"certification '{cert.Id}'";
            Require(!cert.Prerequisites.Contains(cert.Id) && !cert.RecommendedAfter.Contains(cert.Id), file, $"{where} names itself as a prerequisite");
            Require(!cert.Prerequisites.Intersect(cert.RecommendedAfter).Any(), file, $"{where} lists the same certification as formal prerequisite and as recommended before it");
            foreach (var before in cert.Prerequisites.Concat(cert.RecommendedAfter).Select(id => byId[id]))
            {
                Require(cert.Ladder is null || before.Ladder != cert.Ladder || before.Rank <= cert.Rank, file,
                    $"{where} ({cert.Level}) comes after '{before.Id}' ({before.Level}), a higher step of ladder '{cert.Ladder}'");
            }
        }

        foreach (var cert in certifications)
        {
            var cycle = FindCycle(cert, byId, [], new HashSet<string>(StringComparer.Ordinal));
            Require(cycle is null, file, $"prerequisites and recommendedAfter form a cycle: {string.Join(" -> ", cycle ?? [])}");
        }
    }

    private static List<string>? FindCycle(Certification cert, Dictionary<string, Certification> byId, List<string> trail, HashSet<string> done)
    {
        if (trail.Contains(cert.Id))
        {
            return [.. trail[trail.IndexOf(cert.Id)..], cert.Id];
        }

        if (done.Contains(cert.Id))
        {
            return null;
        }

        trail.Add(cert.Id);
        foreach (var before in cert.Prerequisites.Concat(cert.RecommendedAfter))
        {
            if (FindCycle(byId[before], byId, trail, done) is { } cycle)
            {
                return cycle;
            }
        }

        trail.RemoveAt(trail.Count - 1);
        done.Add(cert.Id);
        return null;
    }

    private static void Require(bool condition, string file, string message)
    {
        if (!condition)
        {
            throw new CatalogException($"{file}: {message}.");
        }
    }
}
