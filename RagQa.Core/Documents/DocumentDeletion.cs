using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;
using RagQa.Core.Caching;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Documents;

/// <summary>
/// Deletes a document with everything derived from it: vectors, cached answers built on it (and the collection's
/// cached answers, whose counts included it), then the row (and
/// by cascade its chunks). The row goes last: if the process dies, or Redis is unreachable, before that, the
/// document is still there and the delete can simply be repeated.
/// </summary>
public sealed class DocumentDeletion(
    NpgsqlDataSource dataSource, DocumentStore documents, IVectorStore vectors, SemanticAnswerCache cache, ILogger<DocumentDeletion> logger)
{
    private static readonly ActivitySource Activity = new("RagQa.Ingestion");

    /// <returns>False when there is no such document.</returns>
    public async Task<bool> DeleteAsync(Guid documentId, CancellationToken cancellationToken)
    {
        using var activity = Activity.StartActivity("delete_document");
        activity?.SetTag("ragqa.document_id", documentId);
        var document = await documents.GetAsync(documentId, cancellationToken);
        if (document is null) return false;

        await vectors.DeleteDocumentAsync(document.Collection, documentId, cancellationToken);
        // Also leaves a short-lived mark that refuses new answers built on the document, covering queries already
        // in flight and full-text hits on its chunks until the row is gone.
        await cache.InvalidateDocumentAsync(documentId, cancellationToken);
        // Aggregate answers count every document of the collection, whether or not they cite this one.
        await cache.InvalidateCollectionAsync(document.Collection, cancellationToken);
        // Chunks, upload blocks and the embed ledger go with the row (ON DELETE CASCADE).
        await using (var connection = dataSource.CreateConnection())
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM documents WHERE id = @documentId", new { documentId }, cancellationToken: cancellationToken));
        }
        logger.LogInformation("Deleted document {DocumentId} from {Collection}", documentId, document.Collection);
        return true;
    }
}
