namespace RagQa.Core.Ingestion.Parsing;

/// <summary>
/// CSV (RFC 4180, delimiter detected, UTF-8 or Windows-1252): one record per row, see <see cref="CsvRecordReader"/>.
/// Binary content named .csv is rejected (<see cref="TextStreamDecoder"/>), as is a header that matches no mapping.
/// </summary>
public sealed class CsvDocumentParser : IDocumentParser
{
    public string ContentType => ContentTypes.Csv;

    public IAsyncEnumerable<SourceRecord?> ParseAsync(Stream content, DocumentParseOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CsvRecordReader.ReadAsync(content, options.CsvMapping, options.Limits.MaxCsvFieldChars, cancellationToken);
    }
}
