using System.Collections.Frozen;

namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>Small word lists behind the hand-made cue features; each list generalises across aliases.</summary>
internal static class FeatureCues
{
    /// <summary>Words that put an occupation after them: "Executive Chef", "Warehouse Packer", "Sous Chef".</summary>
    public static FrozenSet<string> RoleModifiers { get; } = FrozenSet.ToFrozenSet(
    [
        "executive", "sous", "head", "pastry", "commis", "private", "personal", "line", "breakfast", "relief",
        "development", "junior", "senior", "warehouse", "temporary", "casual", "sushi", "grill", "kitchen",
        "special", "honorary", "ship", "night",
    ], StringComparer.Ordinal);

    /// <summary>Words that show a person's name follows: "Dr. Paul Jenkins", "Reported to Sarah Jenkins".</summary>
    public static FrozenSet<string> PersonCues { get; } = FrozenSet.ToFrozenSet(
    [
        "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "rev", "sir", "referee", "reference", "references",
        "councillor", "reported", "supervisor", "contact",
    ], StringComparer.Ordinal);

    /// <summary>Words that end an organisation's name: "Shell plc", "Spark Networks", "Jenkins Solicitors".</summary>
    public static FrozenSet<string> OrganisationWords { get; } = FrozenSet.ToFrozenSet(
    [
        "plc", "ltd", "limited", "inc", "llc", "llp", "group", "energy", "networks", "co", "company", "hotel",
        "coffee", "bank", "transportation", "air", "school", "academy", "practice", "lab", "solicitors", "sons",
        "foundation", "trust", "agency", "store", "shop", "restaurant", "bistro", "lounge", "cinema", "theatre",
        "festival", "club", "house", "farm",
    ], StringComparer.Ordinal);

    /// <summary>Prepositions that introduce an employer: "Analyst at Shell Energy".</summary>
    public static FrozenSet<string> EmployerPrepositions { get; } = FrozenSet.ToFrozenSet(
        ["at", "for", "with", "joined", "from"], StringComparer.Ordinal);

    /// <summary>Short words a title-cased line leaves in lower case ("Head of Operations at the Port").</summary>
    public static FrozenSet<string> MinorWords { get; } = FrozenSet.ToFrozenSet(
        ["a", "an", "and", "at", "de", "for", "in", "of", "on", "the", "to", "with", "y", "la", "le"], StringComparer.Ordinal);

    public const string ListSeparators = ",|/;•·";
}
