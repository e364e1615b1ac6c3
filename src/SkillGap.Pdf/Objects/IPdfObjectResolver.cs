namespace SkillGap.Pdf.Objects;

/// <summary>
/// What font and content code needs from the document: following references and decoding streams.
/// The document implements it; tests supply small in-memory resolvers.
/// </summary>
internal interface IPdfObjectResolver
{
    /// <summary>Follows references (with a hop limit against cycles); returns <see cref="PdfNull.Instance"/> for a missing object.</summary>
    PdfObject Resolve(PdfObject? obj);

    /// <summary>Decrypts and applies the stream's filter chain within the document's budgets; throws <see cref="PdfBudgetExceededException"/> or <see cref="PdfCorruptException"/> on failure.</summary>
    byte[] DecodeStream(PdfStream stream);

    /// <summary>Records a non-fatal problem (shown to the user as a reading warning; never resume text).</summary>
    void Warn(string message);
}
