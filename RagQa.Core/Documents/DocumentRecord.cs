namespace RagQa.Core.Documents;

/// <summary>A row of <c>documents</c>; <see cref="DocumentStore"/> selects its columns in this order.</summary>
public sealed record DocumentRecord(
    Guid Id,
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
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? IndexedAt)
{
    /// <summary>Share of the work done, 0..1: parsing counts as nothing, each embedded chunk as its share.</summary>
    public double Progress => Status switch
    {
        DocumentStatus.Indexed => 1.0,
        _ when ChunksTotal > 0 => Math.Round((double)ChunksEmbedded / ChunksTotal, 4),
        _ => 0.0,
    };

    /// <summary>Chunks embedded per second from acceptance to indexing (or to the last update while still running).</summary>
    public double? ChunksPerSecond
    {
        get
        {
            var seconds = ((IndexedAt ?? UpdatedAt) - CreatedAt).TotalSeconds;
            return ChunksEmbedded > 0 && seconds > 0 ? Math.Round(ChunksEmbedded / seconds, 1) : null;
        }
    }
}
