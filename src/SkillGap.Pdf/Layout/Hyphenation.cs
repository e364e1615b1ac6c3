namespace SkillGap.Pdf.Layout;

/// <summary>
/// Decides what a hyphen at the end of a line means: a word broken by the typesetter ("develop-" + "ment" is one word),
/// a hyphen that belongs to the text ("self-" + "service", "end-" + "to-end"), or something that is not a word at all
/// ("CI/CD-"). Without a dictionary, the decision rests on the shape of the two halves and a few word lists.
/// </summary>
internal static class Hyphenation
{
    /// <summary>How the end of one line and the start of the next go together.</summary>
    public enum Join
    {
        /// <summary>Different lines; leave both as they are.</summary>
        None,

        /// <summary>One word split by the typesetter: drop the hyphen, glue the halves.</summary>
        RemoveHyphen,

        /// <summary>A compound broken after its own hyphen: glue the halves, keep the hyphen.</summary>
        KeepHyphen,
    }

    // Halves that end a word but are never a word themselves: the second half is a broken-off suffix.
    private static readonly HashSet<string> s_suffixes = new(StringComparer.Ordinal)
    {
        "ing", "ings", "ed", "ment", "ments", "tion", "tions", "sion", "sions", "ness", "ity", "ities", "ly", "er", "ers",
        "al", "ally", "able", "ible", "ance", "ances", "ence", "ences", "ous", "ive", "ives", "ure", "ures", "ple", "ples",
        "ise", "ised", "ize", "ized", "izing", "ising", "ist", "ists", "less", "ful", "ship", "ships", "ism", "ry", "ty",
        "cy", "ic", "ical", "ics", "ant", "ent", "ents", "ate", "ated", "ates", "ating", "ation", "ations", "ogy", "ies",
        "ner", "ners", "dle", "ware", "ern", "est", "ial", "ian", "ians", "ively", "ative", "ition", "itions",
    };

    // First halves that are mostly used as compound parts: a hyphen after them is usually the author's ("self-hosted").
    // Words that also form closed compounds ("back" + "ground", "data" + "base", "out" + "age") are left out, and so
    // are short prefixes that start many plain words ("in", "re", "ex", "pre"): TeX breaks "in-ternational".
    private static readonly HashSet<string> s_compoundParts = new(StringComparer.Ordinal)
    {
        "self", "cross", "multi", "non", "well", "semi", "anti", "mid", "co", "e", "x", "full", "part", "high", "low",
        "long", "short", "real", "open", "hands", "peer", "human", "mission", "state", "award", "first", "second", "third",
        "one", "two", "three", "four", "five", "top", "best", "small", "large", "near", "zero", "fast", "new", "old", "all",
        "next", "off",
    };

    // Second halves that mostly follow an author's hyphen in resumes ("cloud-native", "customer-facing").
    private static readonly HashSet<string> s_compoundTails = new(StringComparer.Ordinal)
    {
        "based", "driven", "facing", "service", "services", "level", "scale", "source", "native", "call", "prem",
        "premises", "site", "house", "related", "oriented", "focused", "owned", "hosted", "managed", "tier", "term", "aware",
        "first", "free", "critical", "ready", "friendly", "wide", "led", "known", "grade", "stack", "end",
        "built", "tolerant", "effective", "class", "winning", "depth", "hoc", "specific", "sensitive",
    };

    /// <param name="lineEnd">Text of the upper line.</param>
    /// <param name="nextLine">Text of the line that follows it in the same block.</param>
    /// <param name="vocabulary">Lower-cased words seen elsewhere on the page: the document as its own dictionary.</param>
    /// <param name="justified">
    /// The upper line reaches its paragraph's right edge like other lines of it: justified text, which typesetters
    /// hyphenate (TeX breaks "CloudFront" as "Cloud-" + "Front"); ragged text is broken by browsers only where the
    /// author put a hyphen ("Full-" + "Stack").
    /// </param>
    public static Join Decide(string lineEnd, string nextLine, IReadOnlySet<string>? vocabulary = null, bool justified = false)
    {
        if (lineEnd.Length < 3 || lineEnd[^1] != '-' || !char.IsLetter(lineEnd[^2]) || nextLine.Length == 0)
        {
            return Join.None;
        }

        string head = LastWord(lineEnd[..^1]);
        string tail = FirstWord(nextLine);

        // "CI/CD-", "K8s-", "x86-": not a piece of a plain word, so not hyphenation.
        if (head.Length == 0 || !head.All(char.IsLetter) || tail.Length == 0)
        {
            return Join.None;
        }

        // A name in camel case broken at its capital ("Trace-" + "Monkey") is one word where the page writes it whole.
        if (!char.IsLower(tail[0]))
        {
            return char.IsUpper(tail[0]) && (IsCamelCaseWordOfThePage(head, tail, vocabulary) || (justified && IsCamelCaseBreak(head, tail)))
                ? Join.RemoveHyphen
                : Join.None;
        }

        string tailLetters = new(tail.TakeWhile(char.IsLetter).ToArray());
        bool tailIsCompound = tail.Contains('-', StringComparison.Ordinal);

        // A hyphenated word's first half is lower case or capitalised, never an acronym ("AWS-").
        bool headIsWordLike = head.Skip(1).All(char.IsLower);
        if (!headIsWordLike)
        {
            return Join.KeepHyphen;
        }

        if (tailIsCompound || s_compoundTails.Contains(tailLetters))
        {
            return Join.KeepHyphen;
        }

        if (s_suffixes.Contains(tailLetters))
        {
            return Join.RemoveHyphen;
        }

        if (s_compoundParts.Contains(head.ToLowerInvariant()))
        {
            return Join.KeepHyphen;
        }

        // The page itself decides when it can: the joined word used elsewhere ("development") means a typesetter's
        // break; the compound written out elsewhere, or both halves used as words of their own ("food", "safety"),
        // mean the author's hyphen. A half like "infras" or "cidents" is never a word of its own.
        if (vocabulary is not null)
        {
            string lowerHead = head.ToLowerInvariant(), lowerTail = tailLetters.ToLowerInvariant();
            if (vocabulary.Contains(lowerHead + lowerTail))
            {
                return Join.RemoveHyphen;
            }

            if (vocabulary.Contains(lowerHead + "-" + lowerTail) || (vocabulary.Contains(lowerHead) && vocabulary.Contains(lowerTail)))
            {
                return Join.KeepHyphen;
            }
        }

        return Join.RemoveHyphen;
    }

    private static bool IsCamelCaseWordOfThePage(string head, string tail, IReadOnlySet<string>? vocabulary)
    {
        string tailLetters = new(tail.TakeWhile(char.IsLetter).ToArray());
        string joined = (head + tailLetters).ToLowerInvariant();
        return vocabulary is not null && tailLetters.Length > 1 && vocabulary.Contains(joined)
            && !vocabulary.Contains(head.ToLowerInvariant() + "-" + tailLetters.ToLowerInvariant());
    }

    /// <summary>Both halves are capitalised words ("Cloud" + "Front"), not an acronym ("AWS-") or a lone letter.</summary>
    private static bool IsCamelCaseBreak(string head, string tail)
    {
        string tailLetters = new(tail.TakeWhile(char.IsLetter).ToArray());
        return IsCapitalisedWord(head) && IsCapitalisedWord(tailLetters);
    }

    private static bool IsCapitalisedWord(string word) => word.Length >= 2 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);

    private static string LastWord(string text)
    {
        int space = text.LastIndexOf(' ');
        return space < 0 ? text : text[(space + 1)..];
    }

    private static string FirstWord(string text)
    {
        int space = text.IndexOf(' ', StringComparison.Ordinal);
        string word = space < 0 ? text : text[..space];
        return word;
    }
}
