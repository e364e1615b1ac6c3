using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SkillGap.Web.Infrastructure;

/// <summary>
/// Razor Pages renders a page even when no handler matches the request's method (a POST to a page with only OnGet, a
/// PUT anywhere), with a page model nothing initialised. Such a request is a 405, answered by the error page.
/// </summary>
public sealed class RequireHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null)
        {
            var allowed = context.ActionDescriptor.HandlerMethods
                .Where(h => h.Name is null)
                .Select(h => h.HttpMethod.ToUpperInvariant())
                .Distinct(StringComparer.Ordinal);
            context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed);
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}
