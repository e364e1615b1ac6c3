using SkillGap.Web.Analyses;
using SkillGap.Web.Catalogs;
using SkillGap.Web.Data;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSkillGapDatabase(builder.Configuration, builder.Environment);
builder.Services.AddSkillGapCatalog();
builder.Services.AddAnalyses();
builder.Services.AddProblemDetails();
builder.Services.AddRazorPages();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks();

var app = builder.Build();

app.LoadCatalogNow();
app.MigrateDatabase();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticFiles();
app.UseRouting();
app.UseAntiforgery();

app.MapOpenApi();
app.MapHealthChecks("/health");
app.MapCatalog();
app.MapAnalyses();
app.MapRazorPages();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
