using RagQa.Core.Documents;

namespace RagQa.Api.Model;

/// <summary>A document's state as GET /documents/{id} shows it.</summary>
public sealed record DocumentResponse(
    Guid DocumentId,
    string Collection,
    string Filename,
    string ContentType,
    long SizeBytes,
    string? Sha256,
    DocumentStatus Status,
    int ChunksTotal,
    int ChunksEmbedded,
    int RowsSkipped,
    int Redactions,
    double Progress,
    double? ChunksPerSecond,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? IndexedAt,
    string StatusUrl)
{
    public static DocumentResponse From(DocumentRecord d) => new(
        d.Id, d.Collection, d.Filename, d.ContentType, d.SizeBytes, d.Sha256, d.Status, d.ChunksTotal, d.ChunksEmbedded,
        d.RowsSkipped, d.Redactions, d.Progress, d.ChunksPerSecond, d.Error, d.CreatedAt, d.UpdatedAt, d.IndexedAt, $"/documents/{d.Id}");
}
