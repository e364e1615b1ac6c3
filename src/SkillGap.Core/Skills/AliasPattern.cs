namespace SkillGap.Core.Skills;

internal sealed record AliasPattern(MatchTarget Target, string TargetId, string Alias, Token[] Tokens, bool CaseSensitive)
{
    public static AliasPattern? Create(MatchTarget target, string targetId, string alias, bool caseSensitive)
    {
        var tokens = AliasMatcher.MatchableTokens(Tokenizer.Tokenize(alias)).ToArray();
        return tokens.Length == 0 ? null : new AliasPattern(target, targetId, alias, tokens, caseSensitive);
    }

    /// <summary>Plural forms are accepted on the last word of plain aliases ("load balancers", "VPCs").</summary>
    public bool AllowsPlural => !CaseSensitive && Tokens[^1] is { IsWord: true, Normalized.Length: >= 3 } last && last.Normalized.All(char.IsLetter);
}
