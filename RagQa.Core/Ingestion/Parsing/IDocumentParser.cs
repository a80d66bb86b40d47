namespace RagQa.Core.Ingestion.Parsing;

/// <summary>Reads one kind of upload into source records, streaming.</summary>
public interface IDocumentParser
{
    /// <summary>The canonical content type it reads (one of <see cref="ContentTypes"/>).</summary>
    string ContentType { get; }

    /// <summary>
    /// The document's records in order; a null stands for a part without text (a CSV row with empty text columns, a
    /// page without text) so the caller can count it as skipped. Content that cannot be read as this type throws
    /// <see cref="InvalidDataException"/> with a reason fit to show to the uploader. An empty document yields nothing.
    /// The parser reads the stream once, forwards only, and disposes it.
    /// </summary>
    IAsyncEnumerable<SourceRecord?> ParseAsync(Stream content, DocumentParseOptions options, CancellationToken cancellationToken);
}
