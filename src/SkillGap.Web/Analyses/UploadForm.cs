using SkillGap.Core.Refusals;

namespace SkillGap.Web.Analyses;

/// <summary>
/// Reads the multipart form. Every way a body can be malformed becomes a refusal that names what is wrong: only a body
/// over the size limit is "too large"; a long file name, a bad boundary or a truncated body is a 400 that says so.
/// </summary>
internal static class UploadForm
{
    /// <summary>Room for the multipart boundaries and the small fields beside the file.</summary>
    public const long EnvelopeBytes = 64 * 1024;

    public sealed record Result(UploadRequest? Request, Refusal? Refusal);

    public static async Task<Result> ReadAsync(HttpRequest request, long maxFileBytes, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return new Result(null, new Refusal(RefusalReason.UnsupportedRequest,
                "Send the resume as multipart/form-data with a field named 'file'."));
        }

        if (request.ContentLength > maxFileBytes + EnvelopeBytes)
        {
            return new Result(null, TooLarge(maxFileBytes));
        }

        try
        {
            var form = await request.ReadFormAsync(cancellationToken);
            return new Result(new UploadRequest(form.Files.GetFile("file"), form["targetRole"].FirstOrDefault()), null);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new Result(null, TooLarge(maxFileBytes));
        }
        catch (BadHttpRequestException ex)
        {
            return new Result(null, new Refusal(ex.StatusCode == StatusCodes.Status408RequestTimeout ? RefusalReason.RequestTimedOut : RefusalReason.BadRequest,
                $"The request body could not be read ({ex.Message.TrimEnd('.')}). Send the whole form again."));
        }
        catch (InvalidDataException ex)
        {
            return new Result(null, Malformed(ex.Message, maxFileBytes));
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Result(null, new Refusal(RefusalReason.IncompleteForm,
                "The request body ended before the multipart form did: the upload was cut short, or the boundary in the body does not match the one in the Content-Type header. Send the file again."));
        }
    }

    public static Refusal TooLarge(long maxFileBytes) =>
        new(RefusalReason.TooLarge,
            $"The upload is larger than {maxFileBytes / (1024 * 1024.0):0.#} MB. Upload a smaller export of your resume.");

    // The multipart and form readers say which of their limits a body broke only in their message.
    private static Refusal Malformed(string message, long maxFileBytes)
    {
        if (message.StartsWith("Multipart body length limit", StringComparison.Ordinal))
        {
            // A chunked body has no Content-Length to check up front; the multipart reader's limit catches it here.
            return TooLarge(maxFileBytes);
        }

        var detail = message switch
        {
            _ when message.Contains("boundary", StringComparison.OrdinalIgnoreCase) =>
                "The Content-Type header's multipart boundary is missing or longer than 70 characters. Let your HTTP client build the multipart body.",
            _ when message.Contains("header", StringComparison.OrdinalIgnoreCase) || message.StartsWith("Line length limit", StringComparison.Ordinal) =>
                "A part of the form has headers that are too long or too many (often a very long file name). Rename the file to something shorter and send it again.",
            _ when message.StartsWith("Form ", StringComparison.Ordinal) =>
                "The form has too many fields or a field that is too long. Send only 'file' and, optionally, 'targetRole'.",
            _ => $"The multipart form could not be read ({message.TrimEnd('.')}). Let your HTTP client build the multipart body, and send the file again.",
        };
        return new Refusal(RefusalReason.MalformedForm, detail);
    }
}
