using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace SkillGap.Web.Infrastructure;

/// <summary>
/// Razor Pages answers a failed antiforgery check with a bare 400; this marks the request so the error page can say
/// what happened ("the form expired") instead of a generic "bad request".
/// </summary>
public sealed class AntiforgeryFailureMarker : IAlwaysRunResultFilter
{
    public const string Key = "SkillGap.AntiforgeryFailed";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            context.HttpContext.Items[Key] = true;
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
