using System.Runtime.CompilerServices;

namespace RagQa.Core.Ingestion.Parsing;

/// <summary>
/// A Markdown document as readable text: one record per top-level section with metadata <c>section</c> = its heading
/// when the document has headings, else one record for the whole document (source id from the file name).
/// </summary>
public sealed class MarkdownParser : IDocumentParser
{
    public const string SectionKey = "section";

    public string ContentType => ContentTypes.Markdown;

    public async IAsyncEnumerable<SourceRecord?> ParseAsync(
        Stream content, DocumentParseOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var markdown = await TextStreamDecoder.ReadToEndAsync(content, cancellationToken);
        foreach (var section in MarkdownText.Sections(markdown))
        {
            var metadata = new Dictionary<string, string>();
            if (section.Heading is { Length: > 0 } heading) metadata[SectionKey] = heading;
            yield return new SourceRecord(options.DocumentSourceId, section.Text, metadata);
        }
    }
}
