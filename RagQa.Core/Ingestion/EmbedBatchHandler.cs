using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using RagQa.Core.Caching;
using RagQa.Core.Chunks;
using RagQa.Core.Documents;
using RagQa.Core.Embeddings;
using RagQa.Core.Messaging;
using RagQa.Core.Retrieval.Lexicons;
using RagQa.Core.Text;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Ingestion;

/// <summary>
/// Embed step: one model call for the batch's chunk texts (and their English glosses, when the gloss lever is on: a
/// second vector per chunk in <see cref="EnglishGlosser.SpaceOf"/>), the vector upserts, then the ledger row and
/// the document's counters advance in one transaction. A redelivered batch that the ledger marks done
/// is acknowledged without work; one that crashed before the ledger commit upserts the same ids again.
/// </summary>
public sealed class EmbedBatchHandler(
    NpgsqlDataSource dataSource,
    ChunkStore chunks,
    IEmbeddingGenerator<string, Embedding<float>> embeddings,
    EmbeddingModelInfo model,
    IVectorStore vectors,
    RetrievalLexicons lexicons,
    IOptions<MessagingOptions> messaging,
    SemanticAnswerCache cache,
    IngestionMetrics metrics,
    ILogger<EmbedBatchHandler> logger) : IMessageHandler<EmbedBatch>
{
    private static readonly ActivitySource Activity = new("RagQa.Ingestion");

    public async Task HandleAsync(EmbedBatch message, MessageContext context, CancellationToken cancellationToken)
    {
        using var activity = Activity.StartActivity("embed_batch");
        activity?.SetTag("ragqa.document_id", message.DocumentId).SetTag("ragqa.chunk_count", message.ChunkIds.Count);
        if (await JobStatusAsync(message.BatchId, cancellationToken) is not "pending")
        {
            logger.LogInformation("Embed batch {BatchId} is already done or its document is gone", message.BatchId);
            return;
        }

        var batch = await chunks.GetAsync(message.ChunkIds, cancellationToken);
        try
        {
            if (batch.Count > 0)
            {
                var glosser = lexicons.Glosser;
                var texts = batch.Select(c => c.Text).ToList();
                if (glosser is not null) texts.AddRange(batch.Select(c => glosser.Gloss(c.Text)));
                var generated = await embeddings.GenerateAsync(texts, cancellationToken: cancellationToken);
                var space = new VectorSpace(batch[0].Collection, model.ModelId, model.Dimensions);
                await vectors.UpsertAsync(space, Records(batch, generated, 0), cancellationToken);
                if (glosser is not null) await vectors.UpsertAsync(EnglishGlosser.SpaceOf(space), Records(batch, generated, batch.Count), cancellationToken);
                activity?.SetTag("ragqa.glossed", glosser is not null);
            }
        }
        catch (Exception ex) when (context.Attempt >= messaging.Value.MaxAttempts && ex is not OperationCanceledException)
        {
            // The consumer dead-letters the message after this; the document must say why it stopped.
            await RecordFailureAsync(message, context.Attempt, ex.Message, cancellationToken);
            throw;
        }
        var status = await CompleteAsync(message, cancellationToken);
        if (status is not null && batch.Count > 0)
        {
            metrics.ChunksDone(IngestionMetrics.Embedded, batch[0].Collection, batch.Count);
            activity?.SetTag("ragqa.collection", batch[0].Collection).SetTag("ragqa.document_status", EnumText.Of(status.Value));
        }
        if (status is null && batch.Count > 0)
        {
            // The document was deleted while this batch was embedded: take back the vectors just written.
            await vectors.DeleteDocumentAsync(batch[0].Collection, message.DocumentId, cancellationToken);
        }
        if (status == DocumentStatus.Indexed && batch.Count > 0)
        {
            // Cached answers of this collection were composed without the new document.
            await cache.InvalidateCollectionAsync(batch[0].Collection, cancellationToken);
        }
    }

    private static List<VectorRecord> Records(IReadOnlyList<ChunkRecord> batch, GeneratedEmbeddings<Embedding<float>> generated, int offset) =>
        batch.Select((chunk, i) => new VectorRecord(chunk.Id, chunk.DocumentId, chunk.SourceId, generated[offset + i].Vector, chunk.Metadata)).ToList();

    private async Task RecordFailureAsync(EmbedBatch message, int attempts, string reason, CancellationToken cancellationToken)
    {
        logger.LogError("Embed batch {BatchId} of document {DocumentId} failed after {Attempts} attempts: {Reason}",
            message.BatchId, message.DocumentId, attempts, reason);
        await using var connection = dataSource.CreateConnection();
        await connection.ExecuteAsync(new CommandDefinition(
            """
            WITH job AS (
                UPDATE embedding_jobs SET status = 'failed', attempts = @attempts, error = @reason WHERE batch_id = @batchId AND status = 'pending'
                RETURNING document_id)
            UPDATE documents d SET status = @target, error = @error, updated_at = now()
            FROM job WHERE d.id = job.document_id AND d.status = ANY(@allowed)
            """,
            new
            {
                batchId = message.BatchId,
                attempts,
                reason,
                error = $"Embedding batch {message.BatchId} failed after {attempts} attempts and was dead-lettered: {reason}",
                target = DocumentStateMachine.Target(DocumentTransition.Fail),
                allowed = DocumentStateMachine.AllowedFrom(DocumentTransition.Fail),
            },
            cancellationToken: cancellationToken));
    }

    /// <summary>The batch's ledger status, or null when its document (and so the ledger row) is gone.</summary>
    private async Task<string?> JobStatusAsync(Guid batchId, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT status FROM embedding_jobs WHERE batch_id = @batchId", new { batchId }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Marks the batch done and counts its chunks; the batch that completes the count indexes the document, if the
    /// document is still embedding (one failed meanwhile by another batch stays failed).
    /// </summary>
    /// <returns>The document's status after this batch, or null when the batch's ledger row is gone (its document was deleted).</returns>
    private async Task<DocumentStatus?> CompleteAsync(EmbedBatch message, CancellationToken cancellationToken)
    {
        DocumentStatus? status;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            status = await connection.QuerySingleOrDefaultAsync<DocumentStatus?>(new CommandDefinition(
                """
                WITH job AS (
                    UPDATE embedding_jobs SET status = 'done', attempts = attempts + 1, model = @model, completed_at = now()
                    WHERE batch_id = @batchId AND status = 'pending'
                    RETURNING document_id, chunk_count)
                UPDATE documents d SET
                    chunks_embedded = d.chunks_embedded + job.chunk_count,
                    status = CASE WHEN d.chunks_embedded + job.chunk_count >= d.chunks_total AND d.status = ANY(@allowed)
                        THEN @indexed ELSE d.status END,
                    indexed_at = CASE WHEN d.chunks_embedded + job.chunk_count >= d.chunks_total AND d.status = ANY(@allowed)
                        THEN now() ELSE d.indexed_at END,
                    updated_at = now()
                FROM job WHERE d.id = job.document_id
                RETURNING d.status
                """,
                new
                {
                    batchId = message.BatchId,
                    model = model.ModelId,
                    indexed = DocumentStateMachine.Target(DocumentTransition.Index),
                    allowed = DocumentStateMachine.AllowedFrom(DocumentTransition.Index),
                },
                transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
        if (status == DocumentStatus.Indexed) logger.LogInformation("Document {DocumentId} is indexed", message.DocumentId);
        if (status is not null) return status;
        // Already done by an earlier delivery: report the document's current state.
        return await JobStatusAsync(message.BatchId, cancellationToken) is "done" ? DocumentStatus.Embedding : null;
    }
}
