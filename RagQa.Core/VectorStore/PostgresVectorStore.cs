using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using RagQa.Core.Text;

namespace RagQa.Core.VectorStore;

/// <summary>
/// The embedded vector store: vectors are durable in Postgres (<c>chunk_vectors</c>) and searched in-process
/// with SIMD over an in-memory copy per vector space, loaded on the first search. Every search first pulls
/// what other processes wrote or deleted since this process last looked (one indexed query on the writing
/// transaction's id, see <see cref="ChangeWatermark"/>), so any number of worker processes can write and
/// read at once and each search sees every write committed before it began.
/// </summary>
/// <remarks>
/// Raw Npgsql rather than Dapper, unlike the other stores: loading a space streams every vector's bytes straight from
/// the reader into the index, and upserts send typed arrays (jsonb[], xid8) in one statement; Dapper would add a
/// row object per vector on the search path.
/// </remarks>
public sealed class PostgresVectorStore : IVectorStore, IDisposable
{
    private static readonly string Provider = EnumText.Of(VectorStoreProvider.Embedded);
    private const int PullBatchRows = 512;

    private readonly ConcurrentDictionary<VectorSpace, SpaceIndex> _indexes = new();
    private readonly NpgsqlDataSource _dataSource;
    private readonly VectorStoreTelemetry _telemetry;
    private readonly ILogger<PostgresVectorStore> _logger;

    public PostgresVectorStore(NpgsqlDataSource dataSource, VectorStoreTelemetry telemetry, ILogger<PostgresVectorStore> logger)
    {
        _dataSource = dataSource;
        _telemetry = telemetry;
        _logger = logger;
        telemetry.TrackLoaded(() => _indexes.Values.Sum(index => (long)index.Count));
    }

    public async Task UpsertAsync(VectorSpace space, IReadOnlyList<VectorRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records) EnsureVector(space, record.Vector.Span, nameof(records));
        if (records.Count == 0) return;

        using var activity = VectorStoreTelemetry.Activity.StartActivity("vector_upsert");
        // The last record wins for a repeated chunk id (Postgres refuses to update a row twice in one
        // statement), and sorting fixes the lock order so concurrent batches cannot deadlock each other.
        var rows = records.GroupBy(r => r.ChunkId).Select(g => g.Last()).OrderBy(r => r.ChunkId).ToList();
        activity?.SetTag("ragqa.vector_space", Describe(space)).SetTag("ragqa.count", rows.Count);

        await using var command = _dataSource.CreateCommand(
            """
            INSERT INTO chunk_vectors (collection, model, dimensions, chunk_id, document_id, source_id, metadata, vector)
            SELECT $1, $2, $3, r.chunk_id, r.document_id, r.source_id, r.metadata, r.vector
            FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::jsonb[], $8::bytea[]) AS r (chunk_id, document_id, source_id, metadata, vector)
            ON CONFLICT (collection, model, dimensions, chunk_id) DO UPDATE SET
                document_id = excluded.document_id,
                source_id = excluded.source_id,
                metadata = excluded.metadata,
                vector = excluded.vector,
                deleted = false,
                xid = pg_current_xact_id(),
                updated_at = now()
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = space.Collection });
        command.Parameters.Add(new NpgsqlParameter { Value = space.ModelId });
        command.Parameters.Add(new NpgsqlParameter { Value = space.Dimensions });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.ChunkId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.DocumentId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.SourceId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter
        {
            Value = rows.Select(r => JsonSerializer.Serialize(r.Metadata)).ToArray(),
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb,
        });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => Encode(r.Vector.Span)).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<VectorHit>> SearchAsync(
        VectorSpace space, ReadOnlyMemory<float> query, int limit, VectorFilter? filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(space);
        EnsureVector(space, query.Span, nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0) return [];

        var started = Stopwatch.GetTimestamp();
        using var activity = VectorStoreTelemetry.Activity.StartActivity("vector_scan");
        activity?.SetTag("ragqa.vector_space", Describe(space)).SetTag("ragqa.limit", limit);

        var index = _indexes.GetOrAdd(space, static s => new SpaceIndex(s));
        await index.RefreshAsync((since, ct) => PullChangesAsync(index, since, ct), cancellationToken);

        var unit = query.ToArray();
        VectorScan.Normalize(unit);
        var hits = index.Search(unit, limit, MetadataPredicate.Compile(filter));

        activity?.SetTag("ragqa.count", index.Count).SetTag("ragqa.hits", hits.Count);
        _telemetry.RecordSearch(Provider, Stopwatch.GetElapsedTime(started));
        return hits;
    }

    /// <summary>Copies from the in-memory index (unit length), after the same catch-up a search does.</summary>
    public async Task<IReadOnlyDictionary<Guid, ReadOnlyMemory<float>>> GetVectorsAsync(
        VectorSpace space, IReadOnlyList<Guid> chunkIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(chunkIds);
        if (chunkIds.Count == 0) return new Dictionary<Guid, ReadOnlyMemory<float>>();
        var index = _indexes.GetOrAdd(space, static s => new SpaceIndex(s));
        await index.RefreshAsync((since, ct) => PullChangesAsync(index, since, ct), cancellationToken);
        return index.GetVectors(chunkIds);
    }

    public async Task DeleteDocumentAsync(string collection, Guid documentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(collection);
        // Tombstones rather than deletes: other processes learn of the removal from the change feed.
        await using var command = _dataSource.CreateCommand(
            """
            UPDATE chunk_vectors
            SET deleted = true, vector = NULL, metadata = '{}', xid = pg_current_xact_id(), updated_at = now()
            WHERE collection = $1 AND document_id = $2 AND NOT deleted
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = collection });
        command.Parameters.Add(new NpgsqlParameter { Value = documentId });
        var removed = await command.ExecuteNonQueryAsync(cancellationToken);
        _logger.LogInformation("Removed {VectorCount} vectors of document {DocumentId} from collection {Collection}", removed, documentId, collection);
    }

    public async Task<long> CountAsync(VectorSpace space, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(space);
        await using var command = _dataSource.CreateCommand(
            "SELECT count(*) FROM chunk_vectors WHERE collection = $1 AND model = $2 AND dimensions = $3 AND NOT deleted");
        AddSpace(command, space);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public void Dispose()
    {
        foreach (var index in _indexes.Values) index.Dispose();
    }

    /// <summary>
    /// Reads the space's changes since <paramref name="since"/> (everything, on the first load) into the
    /// index and returns the watermark for the next pull. The snapshot is taken in the batch's first
    /// statement, before the rows are read, so anything it could not see is asked for again next time.
    /// </summary>
    private async Task<ChangeWatermark> PullChangesAsync(SpaceIndex index, ChangeWatermark? since, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var space = index.Space;
        await using var batch = _dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            "SELECT pg_snapshot_xmax(s), ARRAY(SELECT pg_snapshot_xip(s)) FROM pg_current_snapshot() AS s"));
        if (since is null)
        {
            var count = new NpgsqlBatchCommand(
                "SELECT count(*) FROM chunk_vectors WHERE collection = $1 AND model = $2 AND dimensions = $3 AND NOT deleted");
            AddSpace(count, space);
            batch.BatchCommands.Add(count);
        }
        var changes = new NpgsqlBatchCommand(
            """
            SELECT chunk_id, document_id, deleted, metadata::text, vector
            FROM chunk_vectors
            WHERE collection = $1 AND model = $2 AND dimensions = $3
            """ + (since is null ? " AND NOT deleted" : " AND (xid >= $4 OR xid = ANY($5))"));
        AddSpace(changes, space);
        if (since is not null)
        {
            changes.Parameters.Add(new NpgsqlParameter { Value = since.Xmax, NpgsqlDbType = NpgsqlDbType.Xid8 });
            changes.Parameters.Add(new NpgsqlParameter { Value = since.InProgress, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Xid8 });
        }
        batch.BatchCommands.Add(changes);

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var watermark = new ChangeWatermark(reader.GetFieldValue<ulong>(0), reader.GetFieldValue<ulong[]>(1));
        if (since is null)
        {
            await reader.NextResultAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            index.Reserve((int)reader.GetInt64(0));
        }
        await reader.NextResultAsync(cancellationToken);

        var pending = new VectorChangeBatch(space.Dimensions, PullBatchRows);
        var bytes = new byte[space.Dimensions * sizeof(float)];
        var pulled = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var chunkId = reader.GetGuid(0);
            if (reader.GetBoolean(2))
            {
                pending.AddDeletion(chunkId);
            }
            else
            {
                var vector = pending.AddUpsert(chunkId, reader.GetGuid(1), ParseMetadata(index, reader.GetString(3)));
                reader.GetBytes(4, 0, bytes, 0, bytes.Length);
                Decode(bytes, vector);
            }
            pulled++;
            if (pending.IsFull)
            {
                index.Apply(pending);
                pending.Clear();
            }
        }
        index.Apply(pending);

        if (since is null)
        {
            _logger.LogInformation("Loaded {VectorCount} vectors of space {VectorSpace} in {ElapsedMs} ms",
                index.Count, Describe(space), (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        else if (pulled > 0)
        {
            _logger.LogDebug("Applied {ChangeCount} vector changes to space {VectorSpace}", pulled, Describe(space));
        }
        return watermark;
    }

    /// <summary>What <c>->></c> would return for each key: strings unquoted, other JSON as its text; null values count as missing.</summary>
    private static KeyValuePair<string, string>[] ParseMetadata(SpaceIndex index, string json)
    {
        using var document = JsonDocument.Parse(json);
        var entries = new List<KeyValuePair<string, string>>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                _ => property.Value.GetRawText(),
            };
            if (value is not null) entries.Add(new(index.InternKey(property.Name), value));
        }
        return entries.ToArray();
    }

    private static void EnsureVector(VectorSpace space, ReadOnlySpan<float> vector, string parameter)
    {
        if (vector.Length != space.Dimensions)
        {
            throw new ArgumentException($"Vector has {vector.Length} dimensions but space {Describe(space)} has {space.Dimensions}.", parameter);
        }
        foreach (var value in vector)
        {
            if (!float.IsFinite(value)) throw new ArgumentException("Vector contains NaN or infinity.", parameter);
        }
    }

    private static void AddSpace(NpgsqlBatchCommand command, VectorSpace space)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = space.Collection });
        command.Parameters.Add(new NpgsqlParameter { Value = space.ModelId });
        command.Parameters.Add(new NpgsqlParameter { Value = space.Dimensions });
    }

    private static void AddSpace(NpgsqlCommand command, VectorSpace space)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = space.Collection });
        command.Parameters.Add(new NpgsqlParameter { Value = space.ModelId });
        command.Parameters.Add(new NpgsqlParameter { Value = space.Dimensions });
    }

    private static byte[] Encode(ReadOnlySpan<float> vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        for (var i = 0; i < vector.Length; i++) BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
        return bytes;
    }

    private static void Decode(ReadOnlySpan<byte> bytes, Span<float> vector)
    {
        for (var i = 0; i < vector.Length; i++) vector[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * sizeof(float))..]);
    }

    private static string Describe(VectorSpace space) => $"{space.Collection}/{space.ModelId}/{space.Dimensions}";
}
