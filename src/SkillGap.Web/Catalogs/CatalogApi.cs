using Microsoft.AspNetCore.Http.HttpResults;
using SkillGap.Core.Catalogs;

namespace SkillGap.Web.Catalogs;

/// <summary>The public, stable catalog: role profiles, certifications and the skill taxonomy.</summary>
public static class CatalogApi
{
    public static RouteGroupBuilder MapCatalog(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1").WithTags("Catalog");
        group.MapGet("/roles", (Catalog catalog) => TypedResults.Ok(catalog.Roles.Select(RoleSummary.From)));
        group.MapGet("/roles/{id}", GetRole);
        group.MapGet("/certifications", (Catalog catalog) => TypedResults.Ok(catalog.Certifications));
        group.MapGet("/skills", (Catalog catalog) => TypedResults.Ok(catalog.Skills));
        return group;
    }

    private static Results<Ok<RoleProfile>, ProblemHttpResult> GetRole(string id, Catalog catalog) =>
        catalog.FindRole(id) is { } role
            ? TypedResults.Ok(role)
            : TypedResults.Problem(
                $"There is no role '{id}'. Known roles: {string.Join(", ", catalog.Roles.Select(r => r.Id))}.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown role");

    public sealed record RoleSummary(string Id, string Name, string Summary, string Focus, IReadOnlyList<string> KeyMetrics)
    {
        public static RoleSummary From(RoleProfile role) => new(role.Id, role.Name, role.Summary, role.Focus, role.KeyMetrics);
    }
}
