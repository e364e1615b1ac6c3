using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkillGap.Core.Catalogs;

public static class CatalogParser
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static Catalog Parse(CatalogSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var skills = Deserialize<SkillsFile>(sources.Skills).Skills;
        var certifications = Deserialize<CertificationsFile>(sources.Certifications).Certifications;
        var implications = Deserialize<ImpliedSkillsFile>(sources.ImpliedSkills).Implications;
        var roles = sources.Roles.Select(file => (file.Name, Role: Deserialize<RoleProfile>(file))).ToList();
        return CatalogValidator.Validate(sources, skills, certifications, implications, roles);
    }

    private static T Deserialize<T>(CatalogFile file)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(file.Json, Options) ?? throw new CatalogException($"{file.Name}: the file is empty.");
        }
        catch (JsonException ex)
        {
            // The path ($.skills[12].name) names the entry; the message says what is wrong with it.
            throw new CatalogException($"{file.Name}: invalid entry at {ex.Path ?? "(root)"}: {ex.Message}", ex);
        }
    }

    private sealed record SkillsFile(IReadOnlyList<Skill> Skills);

    private sealed record CertificationsFile(IReadOnlyList<Certification> Certifications);

    private sealed record ImpliedSkillsFile(IReadOnlyList<SkillImplication> Implications);
}
