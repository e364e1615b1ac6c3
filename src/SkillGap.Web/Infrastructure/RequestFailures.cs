using Microsoft.AspNetCore.Antiforgery;

namespace SkillGap.Web.Infrastructure;

/// <summary>
/// What a failed request was, in one place: the status an exception maps to, and the title and detail a person or a
/// client reads. Used by the error page, which answers pages with HTML and the API with problem details.
/// </summary>
public static class RequestFailures
{
    /// <summary>Status code for an exception that escaped an endpoint; only a bug or broken infrastructure is a 500.</summary>
    public static int StatusFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        AntiforgeryValidationException => StatusCodes.Status400BadRequest,

        // The multipart and form readers throw these for malformed bodies wherever the form is read.
        InvalidDataException => StatusCodes.Status400BadRequest,
        IOException io when FromRequestBody(io) => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static (string Title, string Detail) Describe(int status, Exception? exception, string method, string path) => (status, exception) switch
    {
        (StatusCodes.Status400BadRequest, AntiforgeryValidationException) =>
            ("The form expired", "The form was not sent from this site's page, or it expired. Reload the page and send it again."),
        (_, BadHttpRequestException bad) =>
            ("Bad request", $"The request could not be read ({bad.Message.TrimEnd('.')}). Send it again, complete and well-formed."),
        (StatusCodes.Status400BadRequest, InvalidDataException or IOException) =>
            ("Malformed request", "The request body is malformed or was cut short. Let your HTTP client build the body, and send it again."),
        (StatusCodes.Status400BadRequest, _) =>
            ("Bad request", "The request could not be understood. Check its headers and body, and send it again."),
        (StatusCodes.Status404NotFound, _) when path.StartsWith("/analyses/", StringComparison.OrdinalIgnoreCase) =>
            ("Analysis not found", "There is no analysis at this address. It may have been deleted, or the link was mistyped."),
        (StatusCodes.Status404NotFound, _) =>
            ("Not found", $"There is nothing at {Truncate(path)}. The API is under /api/v1 (see /openapi/v1.json); people start at /."),
        (StatusCodes.Status405MethodNotAllowed, _) =>
            ("Method not allowed", $"{Truncate(method)} is not accepted at {Truncate(path)}. See /openapi/v1.json for the methods each address takes."),
        (StatusCodes.Status413PayloadTooLarge, _) =>
            ("Request too large", "The request body is larger than this service accepts. Upload a smaller export of your resume."),
        (StatusCodes.Status415UnsupportedMediaType, _) =>
            ("Unsupported request", "The request's Content-Type is not one this address accepts."),
        (StatusCodes.Status408RequestTimeout, _) =>
            ("Request timed out", "The request body arrived too slowly and was cut off. Send it again over a steadier connection."),
        (>= 400 and < 500, _) =>
            ("Request refused", $"The request was refused with status {status}."),
        _ => ("Something went wrong on our side", "The request failed inside the service; nothing you sent was kept. Try again later."),
    };

    private static bool FromRequestBody(IOException exception) =>
        exception.Source?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true;

    // A path or method echoed back is the client's own input: keep it short.
    private static string Truncate(string value) => value.Length <= 200 ? value : value[..200] + "…";
}
