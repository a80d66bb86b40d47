namespace RagQa.Core.Ingestion;

/// <summary>A row of <c>embedding_jobs</c> still to be embedded: which of the document's chunks the batch covers.</summary>
internal sealed record PendingEmbedBatch(Guid BatchId, int FirstOrdinal, int ChunkCount);
