using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Npgsql;
using RagQa.Core.Embeddings;
using RagQa.Core.Messaging;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Ingestion;

/// <summary>
/// Embed step: one model call for the batch's chunk texts, one vector upsert, then the ledger row and
/// the document's counters advance in one transaction. A redelivered batch that the ledger marks done
/// is acknowledged without work; one that crashed before the ledger commit upserts the same ids again.
/// </summary>
public sealed class EmbedBatchHandler(
    NpgsqlDataSource dataSource,
    ChunkStore chunks,
    IEmbeddingGenerator<string, Embedding<float>> embeddings,
    EmbeddingModelInfo model,
    IVectorStore vectors,
    ILogger<EmbedBatchHandler> logger) : IMessageHandler<EmbedBatch>
{
    private static readonly ActivitySource Activity = new("RagQa.Ingestion");

    public async Task HandleAsync(EmbedBatch message, MessageContext context, CancellationToken cancellationToken)
    {
        using var activity = Activity.StartActivity("embed_batch");
        activity?.SetTag("ragqa.document_id", message.DocumentId).SetTag("ragqa.chunk_count", message.ChunkIds.Count);
        if (!await IsPendingAsync(message.BatchId, cancellationToken))
        {
            logger.LogInformation("Embed batch {BatchId} is already done or its document is gone", message.BatchId);
            return;
        }

        var batch = await chunks.GetAsync(message.ChunkIds, cancellationToken);
        if (batch.Count > 0)
        {
            var generated = await embeddings.GenerateAsync(batch.Select(c => c.Text), cancellationToken: cancellationToken);
            var space = new VectorSpace(batch[0].Collection, model.ModelId, model.Dimensions);
            var records = batch.Select((chunk, i) => new VectorRecord(
                chunk.Id, chunk.DocumentId, chunk.SourceId, generated[i].Vector, chunk.Metadata)).ToList();
            await vectors.UpsertAsync(space, records, cancellationToken);
        }
        await CompleteAsync(message, cancellationToken);
    }

    private async Task<bool> IsPendingAsync(Guid batchId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT status FROM embedding_jobs WHERE batch_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = batchId });
        return await command.ExecuteScalarAsync(cancellationToken) is "pending";
    }

    private async Task CompleteAsync(EmbedBatch message, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            WITH job AS (
                UPDATE embedding_jobs SET status = 'done', attempts = attempts + 1, model = $2, completed_at = now()
                WHERE batch_id = $1 AND status = 'pending'
                RETURNING document_id, chunk_count)
            UPDATE documents d SET
                chunks_embedded = d.chunks_embedded + job.chunk_count,
                status = CASE WHEN d.chunks_embedded + job.chunk_count >= d.chunks_total THEN 'indexed' ELSE d.status END,
                indexed_at = CASE WHEN d.chunks_embedded + job.chunk_count >= d.chunks_total THEN now() ELSE d.indexed_at END,
                updated_at = now()
            FROM job WHERE d.id = job.document_id
            RETURNING d.status
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = message.BatchId });
        command.Parameters.Add(new NpgsqlParameter { Value = model.ModelId });
        var status = await command.ExecuteScalarAsync(cancellationToken) as string;
        await transaction.CommitAsync(cancellationToken);
        if (status == "indexed") logger.LogInformation("Document {DocumentId} is indexed", message.DocumentId);
    }
}
