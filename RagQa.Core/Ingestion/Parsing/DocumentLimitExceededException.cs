namespace RagQa.Core.Ingestion.Parsing;

/// <summary>
/// An upload is past one of the <see cref="ParseLimits"/>: its document fails with a reason that starts with
/// <see cref="Code"/>, a stable code clients can match (<c>csv_field_too_large</c>, <c>pdf_too_many_pages</c>, ...).
/// </summary>
public sealed class DocumentLimitExceededException(string code, string detail, Exception? inner = null)
    : Exception($"{code}: {detail}", inner)
{
    public const string CsvFieldTooLarge = "csv_field_too_large";
    public const string PdfTooManyPages = "pdf_too_many_pages";
    public const string PdfStreamTooLarge = "pdf_stream_too_large";
    public const string OutOfMemory = "document_out_of_memory";

    public string Code { get; } = code;
}
