using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using RagQa.Core.Documents;
using RagQa.Core.Messaging;

namespace RagQa.Core.Ingestion;

/// <summary>
/// The one way documents enter the system (uploads and the first-start seed): the content is spooled to a
/// temporary file, then copied into the database while hashed, in one short transaction, then an
/// <see cref="IngestDocument"/> message is published. The same bytes in the same collection resolve to the existing document.
/// </summary>
public sealed class DocumentIntake(
    NpgsqlDataSource dataSource,
    DocumentStore documents,
    IMessagePublisher publisher,
    IOptions<IngestionOptions> options,
    TimeProvider time,
    ILogger<DocumentIntake> logger)
{
    private static readonly ActivitySource Activity = new("RagQa.Ingestion");

    public async Task<IntakeResult> AcceptAsync(IntakeRequest request, Stream content, CancellationToken cancellationToken)
    {
        using var activity = Activity.StartActivity("accept_document");
        activity?.SetTag("ragqa.collection", request.Collection);
        var id = Guid.CreateVersion7(time.GetUtcNow());

        // An unknown collection is refused before the body is read; the insert below checks again.
        await EnsureCollectionExistsAsync(request.Collection, cancellationToken);
        // The network first, the database after: the transaction below lasts as long as a local disk read, not a client's upload.
        await using var spooled = await UploadSpool.SpoolAsync(content, options.Value.MaxUploadBytes, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await InsertUploadingAsync(connection, transaction, id, request, cancellationToken);
        var (size, sha256) = await UploadBlockWriter.WriteAsync(connection, transaction, id, spooled, options.Value.MaxUploadBytes, cancellationToken);
        if (size == 0) throw new EmptyUploadException();

        var existing = await documents.FindByContentAsync(request.Collection, sha256, cancellationToken);
        if (existing is null && await TryMarkQueuedAsync(connection, transaction, id, size, sha256, cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken);
            await publisher.PublishAsync(QueueNames.Ingest, new IngestDocument(id), cancellationToken: cancellationToken);
            logger.LogInformation("Accepted document {DocumentId} ({SizeBytes} bytes) into {Collection}", id, size, request.Collection);
            activity?.SetTag("ragqa.document_id", id).SetTag("ragqa.size_bytes", size);
            return new IntakeResult((await documents.GetAsync(id, cancellationToken))!, Created: true);
        }

        await transaction.RollbackAsync(cancellationToken);
        existing ??= await documents.FindByContentAsync(request.Collection, sha256, cancellationToken)
            ?? throw new InvalidOperationException("A concurrent upload of the same content vanished.");
        // A document whose first message was lost (publish failed after commit) is sent again: ingestion is idempotent.
        if (existing.Status == DocumentStatus.Queued)
        {
            await publisher.PublishAsync(QueueNames.Ingest, new IngestDocument(existing.Id), cancellationToken: cancellationToken);
        }
        activity?.SetTag("ragqa.document_id", existing.Id).SetTag("ragqa.duplicate", true);
        return new IntakeResult(existing, Created: false);
    }

    private async Task EnsureCollectionExistsAsync(string collection, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM collections WHERE name = @collection)", new { collection }, cancellationToken: cancellationToken));
        if (!exists) throw new UnknownCollectionException(collection);
    }

    private static async Task InsertUploadingAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, IntakeRequest request, CancellationToken cancellationToken)
    {
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO documents (id, collection, filename, content_type, status, options) " +
            "SELECT @id, name, @filename, @contentType, @status, @options FROM collections WHERE name = @collection",
            new
            {
                id,
                collection = request.Collection,
                filename = request.Filename,
                contentType = request.ContentType,
                status = DocumentStatus.Uploading,
                options = request.Options,
            },
            transaction, cancellationToken: cancellationToken));
        if (inserted == 0) throw new UnknownCollectionException(request.Collection);
    }

    private static async Task<bool> TryMarkQueuedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, long size, string sha256, CancellationToken cancellationToken)
    {
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE documents SET size_bytes = @size, sha256 = @sha256, status = @target WHERE id = @id AND status = ANY(@allowed)",
                new
                {
                    id,
                    size,
                    sha256,
                    target = DocumentStateMachine.Target(DocumentTransition.Queue),
                    allowed = DocumentStateMachine.AllowedFrom(DocumentTransition.Queue),
                },
                transaction, cancellationToken: cancellationToken));
            return true;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // A concurrent upload of the same bytes committed first; the caller rolls back.
            return false;
        }
    }
}
