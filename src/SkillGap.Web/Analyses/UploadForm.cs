namespace SkillGap.Web.Analyses;

/// <summary>Reads the multipart form, turning body-size limits into a 413 the client can understand.</summary>
internal static class UploadForm
{
    /// <summary>Room for the multipart boundaries and the small fields beside the file.</summary>
    public const long EnvelopeBytes = 64 * 1024;

    public sealed record Result(UploadRequest? Request, AnalysisOutcome.Refused? Refusal);

    public static async Task<Result> ReadAsync(HttpRequest request, long maxFileBytes, CancellationToken cancellationToken)
    {
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
        catch (InvalidDataException ex) when (ex.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase))
        {
            // A chunked body has no Content-Length to check up front; the multipart reader's limit catches it here.
            return new Result(null, TooLarge(maxFileBytes));
        }
        catch (InvalidDataException)
        {
            return new Result(null, new AnalysisOutcome.Refused(StatusCodes.Status400BadRequest, "Malformed form", "The multipart form could not be read."));
        }
    }

    public static AnalysisOutcome.Refused TooLarge(long maxFileBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "File too large",
            $"The upload is larger than {maxFileBytes / (1024 * 1024.0):0.#} MB. Upload a smaller export of your resume.");
}
