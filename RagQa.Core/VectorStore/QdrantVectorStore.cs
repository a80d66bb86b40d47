using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Qdrant.Client;
using Qdrant.Client.Grpc;
using RagQa.Core.Text;

namespace RagQa.Core.VectorStore;

/// <summary>
/// The production vector store: one Qdrant collection per vector space (see <see cref="QdrantPoints"/>),
/// created with cosine distance on the first upsert; the point id is the chunk id, so upserts are idempotent.
/// Metadata filters run in Qdrant as far as it can express them and exactly on each hit afterwards.
/// </summary>
public sealed class QdrantVectorStore(QdrantClient client, VectorStoreTelemetry telemetry, ILogger<QdrantVectorStore> logger) : IVectorStore
{
    private static readonly string Provider = EnumText.Of(VectorStoreProvider.Qdrant);
    private const int UpsertBatchPoints = 256;
    private const ulong MaxPageSize = 1024;

    private readonly ConcurrentDictionary<string, bool> _existing = new(StringComparer.Ordinal);

    public async Task UpsertAsync(VectorSpace space, IReadOnlyList<VectorRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records) EnsureDimensions(space, record.Vector.Length, nameof(records));
        if (records.Count == 0) return;

        var name = QdrantPoints.CollectionName(space);
        using var activity = VectorStoreTelemetry.Activity.StartActivity("vector_upsert");
        activity?.SetTag("ragqa.vector_space", name).SetTag("ragqa.count", records.Count);
        await EnsureCollectionAsync(name, space, cancellationToken);
        foreach (var chunk in records.Chunk(UpsertBatchPoints))
        {
            var points = chunk.Select(record =>
            {
                var point = new PointStruct { Id = record.ChunkId, Vectors = record.Vector.ToArray() };
                point.Payload.Add(QdrantPoints.Payload(space, record));
                return point;
            }).ToList();
            await client.UpsertAsync(name, points, wait: true, cancellationToken: cancellationToken);
        }
    }

    public async Task<IReadOnlyList<VectorHit>> SearchAsync(
        VectorSpace space, ReadOnlyMemory<float> query, int limit, VectorFilter? filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(space);
        EnsureDimensions(space, query.Length, nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0) return [];

        var started = Stopwatch.GetTimestamp();
        var name = QdrantPoints.CollectionName(space);
        using var activity = VectorStoreTelemetry.Activity.StartActivity("vector_scan");
        activity?.SetTag("ragqa.vector_space", name).SetTag("ragqa.limit", limit);

        var predicate = MetadataPredicate.Compile(filter);
        var pushed = QdrantPoints.PushDown(filter);
        string[] fields = predicate.IsMatchAll
            ? [QdrantPoints.DocumentIdField]
            : [QdrantPoints.DocumentIdField, QdrantPoints.MetadataTextField];
        var vector = query.ToArray();
        var hits = new List<VectorHit>(limit);
        var pageSize = (ulong)limit;
        ulong offset = 0;
        try
        {
            // Hits the pushed-down filter let through but the exact check rejects are replaced from further pages.
            while (true)
            {
                var page = await client.QueryAsync(name, query: vector, filter: pushed, limit: pageSize, offset: offset,
                    payloadSelector: fields, cancellationToken: cancellationToken);
                foreach (var point in page)
                {
                    if (!predicate.IsMatchAll && !predicate.Matches(QdrantPoints.Metadata(point.Payload))) continue;
                    hits.Add(new VectorHit(
                        Guid.Parse(point.Id.Uuid), Guid.Parse(point.Payload[QdrantPoints.DocumentIdField].StringValue), point.Score));
                }
                if (hits.Count >= limit || (ulong)page.Count < pageSize) break;
                offset += pageSize;
                pageSize = Math.Min(pageSize * 2, Math.Max(MaxPageSize, (ulong)limit));
            }
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            // Nothing was ever upserted into this space.
        }

        var result = hits.OrderByDescending(h => h.Score).ThenBy(h => h.ChunkId).Take(limit).ToList();
        activity?.SetTag("ragqa.hits", result.Count);
        telemetry.RecordSearch(Provider, Stopwatch.GetElapsedTime(started));
        return result;
    }

    /// <summary>One Retrieve call for all ids, vectors only.</summary>
    public async Task<IReadOnlyDictionary<Guid, ReadOnlyMemory<float>>> GetVectorsAsync(
        VectorSpace space, IReadOnlyList<Guid> chunkIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(chunkIds);
        var vectors = new Dictionary<Guid, ReadOnlyMemory<float>>(chunkIds.Count);
        if (chunkIds.Count == 0) return vectors;
        try
        {
            var points = await client.RetrieveAsync(QdrantPoints.CollectionName(space), chunkIds.Distinct().Select(id => (PointId)id).ToList(),
                withPayload: false, withVectors: true, cancellationToken: cancellationToken);
            foreach (var point in points)
            {
                if (point.Vectors?.Vector?.GetDenseVector() is { } dense) vectors[Guid.Parse(point.Id.Uuid)] = dense.Data.ToArray();
            }
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            // Nothing was ever upserted into this space.
        }
        return vectors;
    }

    public async Task DeleteDocumentAsync(string collection, Guid documentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(collection);
        var spaces = (await client.ListCollectionsAsync(cancellationToken)).Where(name => QdrantPoints.IsSpaceOf(name, collection)).ToList();
        foreach (var name in spaces)
        {
            await client.DeleteAsync(name, QdrantPoints.DocumentFilter(collection, documentId), wait: true, cancellationToken: cancellationToken);
        }
        logger.LogInformation("Removed the vectors of document {DocumentId} from {SpaceCount} Qdrant collections of {Collection}",
            documentId, spaces.Count, collection);
    }

    public async Task<long> CountAsync(VectorSpace space, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(space);
        try
        {
            return (long)await client.CountAsync(QdrantPoints.CollectionName(space), exact: true, cancellationToken: cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return 0;
        }
    }

    private async Task EnsureCollectionAsync(string name, VectorSpace space, CancellationToken cancellationToken)
    {
        if (_existing.ContainsKey(name)) return;
        if (!await client.CollectionExistsAsync(name, cancellationToken))
        {
            try
            {
                await client.CreateCollectionAsync(name,
                    new VectorParams { Size = (ulong)space.Dimensions, Distance = Distance.Cosine }, cancellationToken: cancellationToken);
                logger.LogInformation("Created Qdrant collection {QdrantCollection}", name);
            }
            catch (RpcException)
            {
                // Another worker may have created it first; anything else is a real failure.
                if (!await client.CollectionExistsAsync(name, cancellationToken)) throw;
            }
            // Deletes select by document id.
            await client.CreatePayloadIndexAsync(name, QdrantPoints.DocumentIdField, PayloadSchemaType.Keyword, cancellationToken: cancellationToken);
        }
        _existing[name] = true;
    }

    private static void EnsureDimensions(VectorSpace space, int length, string parameter)
    {
        if (length != space.Dimensions)
        {
            throw new ArgumentException($"Vector has {length} dimensions but space {space.Collection}/{space.ModelId} has {space.Dimensions}.", parameter);
        }
    }
}
