using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillGap.Web.Infrastructure;

namespace SkillGap.Web.Pages;

/// <summary>
/// Where failed requests are re-executed (exceptions and bodiless error statuses): people get an HTML page, API clients
/// problem details with a detail. Every method lands here, so the page takes them all and checks no antiforgery token.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string Title { get; private set; } = "";

    public string Detail { get; private set; } = "";

    public IActionResult OnGet(int? status) => Handle(status);

    public IActionResult OnPost(int? status) => Handle(status);

    public IActionResult OnPut(int? status) => Handle(status);

    public IActionResult OnDelete(int? status) => Handle(status);

    public IActionResult OnPatch(int? status) => Handle(status);

    /// <summary>Methods with no handler of their own (OPTIONS, made-up verbs) are described here too.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
        {
            context.Result = Handle(int.TryParse(Request.Query["status"], out var status) ? status : null);
        }
    }

    private IActionResult Handle(int? status)
    {
        var exceptionFeature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var reExecute = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (exceptionFeature is null && reExecute is null)
        {
            // Asked for directly: there is no failure to describe.
            return NotFound();
        }

        var exception = exceptionFeature?.Error
                        ?? (HttpContext.Items.ContainsKey(AntiforgeryFailureMarker.Key)
                            ? new AntiforgeryValidationException("The antiforgery token is missing or invalid.")
                            : null);
        Status = exception is not null ? RequestFailures.StatusFor(exception) : status ?? reExecute!.OriginalStatusCode;
        var path = exceptionFeature?.Path ?? reExecute!.OriginalPath;
        (Title, Detail) = RequestFailures.Describe(Status, exception, Request.Method, path);
        Response.StatusCode = Status;
        if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/openapi/", StringComparison.OrdinalIgnoreCase)
            || path.Equals("/health", StringComparison.OrdinalIgnoreCase))
        {
            var problem = new ProblemDetails { Status = Status, Title = Title, Detail = Detail, Instance = path.Length <= 200 ? path : null };
            return new ObjectResult(problem) { StatusCode = Status, ContentTypes = { "application/problem+json" } };
        }

        return Page();
    }
}
