using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using RagQa.Core.Audit;
using RagQa.Core.Chunks;
using RagQa.Core.Data;
using RagQa.Core.Documents;
using RagQa.Core.Guardrails;
using RagQa.Core.Ingestion.Chunking;
using RagQa.Core.Ingestion.Parsing;
using RagQa.Core.Messaging;
using RagQa.Core.Text;

namespace RagQa.Core.Ingestion;

/// <summary>
/// Ingest step: read the stored upload, turn its records into chunks, store them, record the embed
/// batches in the <c>embedding_jobs</c> ledger and publish one <see cref="EmbedBatch"/> per pending batch.
/// Safe to run again for the same document at any point: chunk and batch ids are deterministic and
/// every insert ignores rows already there. The raw upload (personal data and all) is deleted in the same
/// transaction that records the chunks as complete: from then on nothing reads it, and until then a worker
/// killed mid-document finds it intact and starts the document again.
/// </summary>
public sealed class IngestDocumentHandler(
    NpgsqlDataSource dataSource,
    DocumentStore documents,
    ChunkStore chunks,
    DocumentParsers parsers,
    RecursiveTextSplitter splitter,
    PiiRedactor redactor,
    IMessagePublisher publisher,
    IAuditTrail audit,
    IngestionMetrics metrics,
    IOptions<IngestionOptions> options,
    ILogger<IngestDocumentHandler> logger) : IMessageHandler<IngestDocument>
{
    private const int InsertBatchSize = 1000;
    private static readonly ActivitySource Activity = new("RagQa.Ingestion");

    public async Task HandleAsync(IngestDocument message, MessageContext context, CancellationToken cancellationToken)
    {
        using var activity = Activity.StartActivity("ingest_document");
        activity?.SetTag("ragqa.document_id", message.DocumentId);
        var document = await documents.GetAsync(message.DocumentId, cancellationToken);
        if (document is null || document.Status is DocumentStatus.Indexed or DocumentStatus.Failed or DocumentStatus.Uploading)
        {
            logger.LogInformation("Nothing to ingest for document {DocumentId} ({Status})", message.DocumentId,
                document is null ? "deleted" : EnumText.Of(document.Status));
            return;
        }

        if (DocumentStateMachine.CanApply(document.Status, DocumentTransition.Parse))
        {
            try
            {
                await ChunkAsync(document, cancellationToken);
            }
            catch (Exception ex) when (ex is InvalidDataException or DocumentLimitExceededException or System.Text.DecoderFallbackException or CsvHelper.CsvHelperException
                                           or OutOfMemoryException)
            {
                if (await ChunkedElsewhereAsync(document.Id, cancellationToken)) return;
                // A parser's message can quote the offending row: redacted before it is logged or stored. An allocation
                // the runtime refused is this document's doing (its memory is free again once unwound): it fails, it
                // is not retried, and its upload goes like any other unreadable one.
                var reason = ex is OutOfMemoryException
                    ? $"{DocumentLimitExceededException.OutOfMemory}: The document needs more memory than the ingest worker has; split it or raise the worker's memory."
                    : redactor.Redact(ex.Message).Text;
                logger.LogWarning("Document {DocumentId} cannot be read: {Reason}", document.Id, reason);
                // Nothing half-indexed: the rows parsed before the bad one must not stay searchable.
                await chunks.DeleteDocumentAsync(document.Id, cancellationToken);
                await documents.ApplyAsync(document.Id, DocumentTransition.Fail, reason, cancellationToken);
                await DeleteUploadAsync(document.Id, cancellationToken);
                return;
            }
        }
        await PublishPendingBatchesAsync(document.Id, cancellationToken);
    }

    private async Task ChunkAsync(DocumentRecord document, CancellationToken cancellationToken)
    {
        // Another delivery may have moved the document on since it was read; then this one has nothing to do.
        if (!await documents.ApplyAsync(document.Id, DocumentTransition.Parse, null, cancellationToken))
        {
            logger.LogInformation("Document {DocumentId} is no longer waiting to be parsed; leaving it", document.Id);
            return;
        }
        var parser = parsers.Get(document.ContentType);
        var parseOptions = DocumentParseOptions.FromUpload(document.Filename, await ReadOptionsAsync(document.Id, cancellationToken), options.Value.ParseLimits);
        var pending = new List<ChunkRecord>(InsertBatchSize);
        int ordinal = 0, skipped = 0;
        var redactions = new Dictionary<PiiKind, int>();
        await foreach (var record in parser.ParseAsync(new UploadBlockStream(dataSource, document.Id), parseOptions, cancellationToken))
        {
            if (record is null)
            {
                skipped++;
                continue;
            }
            // PII never reaches the chunks table, the embedder or the vector payload: redact first, then split.
            var text = Redact(record.Text, redactions);
            var sourceId = Redact(record.SourceId, redactions);
            var metadata = new Dictionary<string, string>(record.Metadata.Count);
            foreach (var (key, value) in record.Metadata)
            {
                metadata[key] = Redact(value, redactions);
            }
            // Short records (a review) stay one chunk; long texts are split with overlap, each piece citing the same source.
            foreach (var piece in splitter.Split(text))
            {
                pending.Add(new ChunkRecord(ChunkIds.Chunk(document.Id, ordinal), document.Id, document.Collection,
                    sourceId, ordinal, piece.Text, metadata));
                ordinal++;
            }
            if (pending.Count >= InsertBatchSize)
            {
                await chunks.InsertAsync(pending, cancellationToken);
                pending.Clear();
            }
        }
        await chunks.InsertAsync(pending, cancellationToken);
        if (await ChunkedElsewhereAsync(document.Id, cancellationToken)) return;
        if (ordinal == 0) throw new InvalidDataException("The file has no records with text.");
        var redacted = redactions.Values.Sum();
        if (redacted > 0)
        {
            // Before the commit below, with an id fixed by the document: a crash in between re-chunks the
            // document and records the same event again, which the audit table stores once.
            await audit.RecordAsync(AuditActions.PiiRedacted, AuditActors.System, AuditSubject.Document(document.Id),
                AuditDetails.RedactionCounts(redactions), NameBasedGuid.Create(document.Id, 'p', 0), cancellationToken);
        }
        await RecordBatchesAsync(document.Id, ordinal, skipped, redacted, cancellationToken);
        metrics.ChunksDone(IngestionMetrics.Chunked, document.Collection, ordinal);
        System.Diagnostics.Activity.Current?.SetTag("ragqa.chunk_count", ordinal).SetTag("ragqa.collection", document.Collection);
        logger.LogInformation("Chunked document {DocumentId}: {Chunks} chunks, {Skipped} records without text, {Redactions} PII redactions",
            document.Id, ordinal, skipped, redacted);
    }

    /// <summary>
    /// True when another delivery of the same document (a re-upload re-publishes a queued document) finished
    /// chunking it, or it was deleted, while this one read: the upload this one read may have been cut short
    /// by that delivery's clean-up, so this one must neither record its counts nor fail the document.
    /// </summary>
    private async Task<bool> ChunkedElsewhereAsync(Guid documentId, CancellationToken cancellationToken)
    {
        if (await documents.GetAsync(documentId, cancellationToken) is { } document
            && DocumentStateMachine.CanApply(document.Status, DocumentTransition.Embed)) return false;
        logger.LogInformation("Document {DocumentId} was chunked by another delivery meanwhile; leaving it to that one", documentId);
        return true;
    }

    private string Redact(string value, Dictionary<PiiKind, int> counts)
    {
        var redacted = redactor.Redact(value);
        foreach (var (kind, count) in redacted.Counts) counts[kind] = counts.GetValueOrDefault(kind) + count;
        return redacted.Text;
    }

    private async Task DeleteUploadAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await DeleteUploadAsync(connection, null, documentId, cancellationToken);
    }

    /// <summary>Deletes the raw upload; the document row keeps its size and sha256.</summary>
    private static Task DeleteUploadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid documentId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM upload_blocks WHERE document_id = @documentId", new { documentId }, transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// Counts and the embed ledger are written together, the raw upload is deleted (every chunk is committed
    /// by now; the document keeps its sha256, so the same bytes uploaded again still find it), and only then
    /// does the document move to <c>embedding</c>.
    /// </summary>
    private async Task RecordBatchesAsync(Guid documentId, int chunkCount, int skipped, int redactions, CancellationToken cancellationToken)
    {
        var batchSize = options.Value.EmbedBatchSize;
        var numbers = Enumerable.Range(0, (chunkCount + batchSize - 1) / batchSize).ToArray();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO embedding_jobs (batch_id, document_id, first_ordinal, chunk_count) " +
            "SELECT * FROM unnest(@batchIds::uuid[], @documentIds::uuid[], @firstOrdinals::int[], @chunkCounts::int[]) ON CONFLICT (batch_id) DO NOTHING",
            new
            {
                batchIds = numbers.Select(n => ChunkIds.EmbedBatch(documentId, n)).ToArray(),
                documentIds = numbers.Select(_ => documentId).ToArray(),
                firstOrdinals = numbers.Select(n => n * batchSize).ToArray(),
                chunkCounts = numbers.Select(n => Math.Min(batchSize, chunkCount - n * batchSize)).ToArray(),
            },
            transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE documents SET chunks_total = @chunkCount, rows_skipped = @skipped, redactions = @redactions, status = @target, updated_at = now() " +
            "WHERE id = @documentId AND status = ANY(@allowed)",
            new
            {
                documentId,
                chunkCount,
                skipped,
                redactions,
                target = DocumentStateMachine.Target(DocumentTransition.Embed),
                allowed = DocumentStateMachine.AllowedFrom(DocumentTransition.Embed),
            },
            transaction, cancellationToken: cancellationToken));
        await DeleteUploadAsync(connection, transaction, documentId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task PublishPendingBatchesAsync(Guid documentId, CancellationToken cancellationToken)
    {
        IEnumerable<PendingEmbedBatch> pending;
        await using (var connection = dataSource.CreateConnection())
        {
            pending = await connection.QueryAsync<PendingEmbedBatch>(new CommandDefinition(
                "SELECT batch_id, first_ordinal, chunk_count FROM embedding_jobs WHERE document_id = @documentId AND status = 'pending' ORDER BY first_ordinal",
                new { documentId }, cancellationToken: cancellationToken));
        }
        var batches = pending
            .Select(p => new EmbedBatch(documentId, p.BatchId,
                Enumerable.Range(p.FirstOrdinal, p.ChunkCount).Select(o => ChunkIds.Chunk(documentId, o)).ToList()))
            .ToList();
        foreach (var batch in batches)
        {
            await publisher.PublishAsync(QueueNames.Embed, batch, cancellationToken: cancellationToken);
        }
        System.Diagnostics.Activity.Current?.SetTag("ragqa.embed_batches", batches.Count);
    }

    private async Task<IReadOnlyDictionary<string, string>> ReadOptionsAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        return await connection.QuerySingleOrDefaultAsync<IReadOnlyDictionary<string, string>>(new CommandDefinition(
            "SELECT options FROM documents WHERE id = @documentId", new { documentId }, cancellationToken: cancellationToken)) ?? new Dictionary<string, string>();
    }
}
