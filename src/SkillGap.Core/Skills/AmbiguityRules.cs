using SkillGap.Core.Sections;
using SkillGap.Core.Skills.Disambiguation;

namespace SkillGap.Core.Skills;

/// <summary>
/// The first line of defence for aliases that are ordinary words, used when no trained model is loaded:
/// accept a mention in a skills section, in a list of tools, or beside other technical terms; reject the rest.
/// </summary>
public static class AmbiguityRules
{
    public static bool Accepts(MentionContext context, int otherSkillsOnLine)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var end = context.Start + context.Length;
        if (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]))
        {
            return false; // "Go-live", "Helm-led"
        }

        if (context.Section == SectionKind.Skills || otherSkillsOnLine >= 2)
        {
            return true;
        }

        return otherSkillsOnLine >= 1 && (IsListSeparator(Previous(text, context.Start)) || IsListSeparator(Next(text, end)));
    }

    private static char Previous(string text, int index)
    {
        for (var i = index - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return '\0';
    }

    private static char Next(string text, int index)
    {
        for (var i = index; i < text.Length && text[i] != '\n'; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return '\0';
    }

    private static bool IsListSeparator(char c) => c is ',' or '/' or '|' or '·' or '•' or ';' or '(' or ')' or '\0';
}
