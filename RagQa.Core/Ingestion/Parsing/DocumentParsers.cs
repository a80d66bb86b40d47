using System.Collections.Frozen;

namespace RagQa.Core.Ingestion.Parsing;

/// <summary>Picks the parser for a document's canonical content type (see <see cref="ContentTypes.Resolve"/>).</summary>
public sealed class DocumentParsers
{
    private readonly FrozenDictionary<string, IDocumentParser> _byContentType;

    public DocumentParsers(IEnumerable<IDocumentParser> parsers)
    {
        ArgumentNullException.ThrowIfNull(parsers);
        _byContentType = parsers.ToFrozenDictionary(p => p.ContentType, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The parser for the type, or null.</summary>
    public IDocumentParser? Find(string contentType) => _byContentType.GetValueOrDefault(contentType);

    /// <summary>The parser for the type; a stored document of a type nothing reads fails with <see cref="InvalidDataException"/>.</summary>
    public IDocumentParser Get(string contentType) => Find(contentType)
        ?? throw new InvalidDataException($"Documents of type '{contentType}' cannot be read (readable: {string.Join(", ", _byContentType.Keys)}).");
}
