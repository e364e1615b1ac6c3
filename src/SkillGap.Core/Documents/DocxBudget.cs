namespace SkillGap.Core.Documents;

/// <summary>The wall-time budget and cancellation of one DOCX read, checked inside its loops.</summary>
internal sealed class DocxBudget(DocxReadOptions options, CancellationToken cancellationToken)
{
    private readonly long _deadline = Environment.TickCount64 + (long)options.MaxDuration.TotalMilliseconds;

    public DocxReadOptions Options { get; } = options;

    /// <summary>Throws <see cref="OperationCanceledException"/> when the caller gave up, <see cref="DocxOverBudgetException"/> past the deadline.</summary>
    public void Check()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Environment.TickCount64 > _deadline)
        {
            throw new DocxOverBudgetException($"reading took longer than {Options.MaxDuration.TotalSeconds:0.#} s");
        }
    }
}

/// <summary>A budget ran out; the message names which, without any document text.</summary>
internal sealed class DocxOverBudgetException(string budget) : Exception(budget);

/// <summary>The package is not a readable Word document; the message says why, without any document text.</summary>
internal sealed class DocxCorruptException(string reason) : Exception(reason);
