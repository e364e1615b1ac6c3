using System.Collections.Frozen;

namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>
/// Turns a mention into named binary features: its neighbours, casing, list shape, nearby technical words
/// and cues for job titles, employers and people. Only the line holding the mention is read.
/// Stateless after construction, so one instance can serve many threads.
/// </summary>
public sealed class MentionFeatureExtractor
{
    private const int NeighbourWindow = 3;
    private const int TechWindow = 6;
    private const int BagWindow = 5;

    private readonly FrozenSet<string> _techTerms;

    /// <param name="techTerms">
    /// Single-word technical terms (case-insensitive), e.g. <see cref="TechTerms.Default"/> or a taxonomy's
    /// unambiguous aliases. Multi-word terms are ignored.
    /// </param>
    public MentionFeatureExtractor(IEnumerable<string> techTerms)
    {
        ArgumentNullException.ThrowIfNull(techTerms);
        _techTerms = techTerms
            .Select(term => term.Trim().ToLowerInvariant())
            .Where(term => term.Length > 0 && term.All(char.IsLetterOrDigit))
            .ToFrozenSet(StringComparer.Ordinal);
        TechTermList = [.. _techTerms.Order(StringComparer.Ordinal)];
    }

    /// <summary>The technical terms in use, sorted; stored in the model so it can rebuild this extractor.</summary>
    public IReadOnlyList<string> TechTermList { get; }

    /// <summary>The features of one mention, without duplicates, in a stable order.</summary>
    public IReadOnlyList<string> Extract(MentionContext mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentOutOfRangeException.ThrowIfNegative(mention.Start);
        ArgumentOutOfRangeException.ThrowIfLessThan(mention.Length, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mention.Start + mention.Length, mention.Text.Length);

        var line = MentionLine.Around(mention);
        var features = new FeatureSet();
        var alias = mention.Alias.ToLowerInvariant();

        features.Add($"alias={alias}");
        features.Add($"skill={mention.SkillId}");
        features.Add($"section={SectionNames.ToName(mention.Section)}");
        AddNeighbours(features, line, alias);
        AddCasing(features, line);
        AddListShape(features, line);
        AddTechDensity(features, line);
        AddCues(features, line);
        return features.ToList();
    }

    private static void AddNeighbours(FeatureSet features, MentionLine line, string alias)
    {
        for (var k = 1; k <= NeighbourWindow; k++)
        {
            features.Add(line.Left(k) is { } left ? $"L{k}={Normalise(left)}" : $"L{k}=<start>");
            features.Add(line.Right(k) is { } right ? $"R{k}={Normalise(right)}" : $"R{k}=<end>");
        }

        foreach (var word in line.ClauseWordsAround(BagWindow))
        {
            features.Add($"near={Normalise(word)}");
        }

        // Per-alias neighbours let the model learn "Chef de", "Go-", "Shell plc" without blaming the word elsewhere.
        features.Add($"{alias}|L1={(line.Left(1) is { } a ? Normalise(a) : "<start>")}");
        features.Add($"{alias}|R1={(line.Right(1) is { } b ? Normalise(b) : "<end>")}");
    }

    private static void AddCasing(FeatureSet features, MentionLine line)
    {
        var lineStart = line.PreviousWord is null;
        var sentenceStart = lineStart || line.Left(1) is { Text: "." or "!" or "?" };
        if (lineStart)
        {
            features.Add("line-start");
        }

        if (sentenceStart)
        {
            features.Add("sentence-start");
            if (line.Right(1) is { IsWord: true } next && char.IsLower(next.Text[0]))
            {
                features.Add("sentence-start&next-lower");
            }
        }

        var words = line.Tokens.Where(token => token.IsWord && !token.IsNumber).ToList();
        features.Add(words.Count switch
        {
            <= 1 => "words=1",
            <= 3 => "words<=3",
            <= 8 => "words<=8",
            _ => "words>8",
        });

        var content = words.Where(word => !FeatureCues.MinorWords.Contains(word.Text.ToLowerInvariant())).ToList();
        if (content.Count >= 3 && content.Count(word => word.IsCapitalised) >= 0.75 * content.Count)
        {
            features.Add("title-case-line");
        }

        var letters = line.Text.Where(char.IsLetter).ToList();
        if (letters.Count >= 4 && letters.All(char.IsUpper))
        {
            features.Add("all-caps-line");
        }
    }

    private static void AddListShape(FeatureSet features, MentionLine line)
    {
        var separators = line.Tokens.Count(token => !token.IsWord && FeatureCues.ListSeparators.Contains(token.Text[0]));
        var before = line.Left(1) is { IsWord: false } l && FeatureCues.ListSeparators.Contains(l.Text[0]);
        var after = line.Right(1) is { IsWord: false } r && FeatureCues.ListSeparators.Contains(r.Text[0]);
        var afterColon = line.Left(1) is { Text: ":" };
        if (separators >= 2 && (before || after || afterColon))
        {
            features.Add("in-list");

            // "Swift | UIKit | Fastlane" lists tools; "Interests: Go, chess, hiking" lists ordinary words.
            var items = line.Tokens
                .Where((token, i) => token.IsWord && i > 0 && (i < line.FirstIndex || i > line.LastIndex)
                    && line.Tokens[i - 1] is { IsWord: false } separator && (FeatureCues.ListSeparators + ":").Contains(separator.Text[0]))
                .ToList();
            if (items.Count >= 2)
            {
                features.Add(items.Count(item => item.IsCapitalised) * 2 > items.Count ? "list-items-capitalised" : "list-items-lower");
            }
        }

        if (line.Tokens.Take(line.FirstIndex).Any(token => token.Text == ":"))
        {
            features.Add("after-colon");
        }

        if (line.Left(1) is { Text: "/" } slash && slash.End == line.MentionStart)
        {
            features.Add("slash-joined-before");
        }

        if (line.Right(1) is { Text: "/" } slashAfter && slashAfter.Start == line.MentionEnd)
        {
            features.Add("slash-joined-after");
        }
    }

    private void AddTechDensity(FeatureSet features, MentionLine line)
    {
        var near = 0;
        var inLine = 0;
        for (var i = 0; i < line.Tokens.Count; i++)
        {
            if ((i >= line.FirstIndex && i <= line.LastIndex) || !IsTechnical(line.Tokens[i]))
            {
                continue;
            }

            inLine++;
            if (i >= Math.Max(line.ClauseFirst, line.FirstIndex - TechWindow)
                && i <= Math.Min(line.ClauseLast, line.LastIndex + TechWindow))
            {
                near++;
            }
        }

        features.Add($"tech-near={Bucket(near)}");
        features.Add($"tech-line={Bucket(inLine)}");
    }

    private void AddCues(FeatureSet features, MentionLine line)
    {
        var previous = line.PreviousWord;
        var next = line.Right(1) is { IsWord: true } n ? n : (LineToken?)null;
        var previousLower = previous?.Text.ToLowerInvariant();

        if (previous is { } p && line.Left(1) is { IsWord: true })
        {
            if (IsTechnical(p))
            {
                features.Add("previous-word-technical");
            }
            else if (p.IsCapitalised)
            {
                features.Add("previous-word-capitalised");
            }
        }

        if (next is { } nextWord)
        {
            features.Add(IsTechnical(nextWord) ? "next-word-technical"
                : nextWord.IsCapitalised ? "next-word-capitalised"
                : nextWord.IsNumber ? "next-word-number"
                : "next-word-lower");
        }

        if (previousLower is not null && line.Left(1) is { IsWord: true } && FeatureCues.RoleModifiers.Contains(previousLower))
        {
            features.Add("role-modifier-before");
        }

        if (line.WordsBefore(4).Any(word => FeatureCues.PersonCues.Contains(word.Text.ToLowerInvariant())))
        {
            features.Add("person-cue-before");
        }

        if (previousLower is not null && FeatureCues.EmployerPrepositions.Contains(previousLower)
            && line.Left(1) is { IsWord: true } && next is { IsCapitalised: true })
        {
            features.Add("employer-after-preposition");
        }

        if (next is { } organisation && FeatureCues.OrganisationWords.Contains(organisation.Text.ToLowerInvariant()))
        {
            features.Add("organisation-word-after");
        }

        AddPunctuationCues(features, line);
    }

    private static void AddPunctuationCues(FeatureSet features, MentionLine line)
    {
        if (line.Right(1) is { Text: "-" } hyphen && hyphen.Start == line.MentionEnd
            && line.Right(2) is { IsWord: true } joined && joined.Start == hyphen.End)
        {
            features.Add("hyphen-after");
            features.Add($"hyphen-after={joined.Text.ToLowerInvariant()}");
        }

        if (line.Left(1) is { Text: "-" } hyphenBefore && hyphenBefore.End == line.MentionStart
            && line.Left(2) is { IsWord: true } joinedBefore && joinedBefore.End == hyphenBefore.Start)
        {
            features.Add("hyphen-before");
        }

        if (line.Right(1) is { Text: "'" or "\u2019" } apostrophe && apostrophe.Start == line.MentionEnd
            && line.Right(2) is { Text: "s" })
        {
            features.Add("possessive");
        }

        var opens = line.Tokens.Take(line.FirstIndex).Count(token => token.Text == "(");
        var closes = line.Tokens.Take(line.FirstIndex).Count(token => token.Text == ")");
        if (opens > closes)
        {
            features.Add("in-parentheses");
        }
    }

    private bool IsTechnical(LineToken token) =>
        token.IsWord && (_techTerms.Contains(token.Text.ToLowerInvariant()) || TechTerms.IsTechShaped(token.Text));

    private static string Normalise(LineToken token) =>
        token.IsNumber ? "<num>" : token.Text.ToLowerInvariant();

    private static string Bucket(int count) => count >= 3 ? "3+" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
