namespace RagQa.Core.Messaging;

/// <summary>Embed one batch of stored chunks and upsert their vectors. <see cref="BatchId"/> keys the embedding_jobs ledger.</summary>
public sealed record EmbedBatch(Guid DocumentId, Guid BatchId, IReadOnlyList<Guid> ChunkIds) : IMessageContract
{
    public static string MessageType => "embed-batch.v1";
}
