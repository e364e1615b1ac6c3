using System.Text.Json;
using System.Text.Json.Serialization;
using SkillGap.Web.Analyses;
using SkillGap.Web.Catalogs;
using SkillGap.Web.Data;
using SkillGap.Web.Infrastructure;

if (args is ["--healthcheck"])
{
    return await HealthProbe.RunAsync();
}

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSkillGapDatabase();
builder.Services.AddSkillGapCatalog();
builder.Services.AddAnalyses();
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
builder.Services.AddRazorPages(o =>
{
    o.Conventions.ConfigureFilter(new RequireHandlerFilter());
    o.Conventions.ConfigureFilter(new AntiforgeryFailureMarker());
});
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks();

var app = builder.Build();

app.LoadCatalogNow();
app.MigrateDatabase();

// Failures are re-executed on /error: an HTML page for people, problem details for the API (RequestFailures).
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = "/error",
    StatusCodeSelector = RequestFailures.StatusFor,
    AllowStatusCode404Response = true,
});
app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
app.UseStaticFiles();
app.UseRouting();
app.UseAntiforgery();

app.MapOpenApi();
app.MapHealthChecks("/health");
app.MapCatalog();
app.MapAnalyses();
app.MapRazorPages();

app.Run();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
