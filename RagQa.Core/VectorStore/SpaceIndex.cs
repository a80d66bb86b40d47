namespace RagQa.Core.VectorStore;

/// <summary>
/// One process's in-memory copy of a vector space: unit-length vectors in one contiguous block with
/// parallel arrays of ids and metadata, kept dense by moving the last row into a deleted one. Searches
/// share a read lock; applying changes takes the write lock. Refreshes are serialised and coalesced:
/// a search waits for a refresh that started after it arrived, never for more than one.
/// </summary>
internal sealed class SpaceIndex(VectorSpace space) : IDisposable
{
    private const int MinimumCapacity = 64;

    private readonly int _dimensions = space.Dimensions;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private readonly Dictionary<Guid, int> _rowByChunk = [];
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private float[] _vectors = [];
    private Guid[] _chunkIds = [];
    private Guid[] _documentIds = [];
    private KeyValuePair<string, string>[][] _metadata = [];
    private int _count;
    private ChangeWatermark? _watermark;
    private long _refreshesStarted;
    private long _refreshesCompleted;

    public VectorSpace Space { get; } = space;

    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// Brings the index up to date with everything committed before this call: runs <paramref name="pull"/>
    /// (given the watermark of the last read, null for a first full load; it applies what it reads and
    /// returns the new watermark) unless a refresh that began after this call has already completed.
    /// </summary>
    public async Task RefreshAsync(Func<ChangeWatermark?, CancellationToken, Task<ChangeWatermark>> pull, CancellationToken cancellationToken)
    {
        var ticket = Interlocked.Read(ref _refreshesStarted);
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            if (_refreshesCompleted > ticket) return;
            var number = Interlocked.Increment(ref _refreshesStarted);
            try
            {
                _watermark = await pull(_watermark, cancellationToken);
            }
            catch when (_watermark is null)
            {
                // A first load cut short would be retried in full, and a full load does not return tombstones:
                // rows it already applied and that were deleted meanwhile would linger, so start again empty.
                Reset();
                throw;
            }
            _refreshesCompleted = number;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    /// <summary>One shared instance per metadata key, so a million vectors do not hold a million copies of "review_score". Refresh path only.</summary>
    public string InternKey(string key)
    {
        if (_keys.TryGetValue(key, out var interned)) return interned;
        _keys.Add(key, key);
        return key;
    }

    public void Reserve(int rows)
    {
        _lock.EnterWriteLock();
        try
        {
            EnsureCapacity(rows);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Apply(VectorChangeBatch batch)
    {
        _lock.EnterWriteLock();
        try
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (batch.Deleted[i]) Remove(batch.ChunkIds[i]);
                else Upsert(batch.ChunkIds[i], batch.DocumentIds[i], batch.Metadata[i], batch.Vector(i));
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <param name="query">Unit length, <see cref="VectorSpace.Dimensions"/> long.</param>
    public IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int limit, MetadataPredicate predicate)
    {
        _lock.EnterReadLock();
        try
        {
            var metadata = _metadata;
            Func<int, bool>? include = predicate.IsMatchAll ? null : row => predicate.Matches(metadata[row]);
            var top = VectorScan.TopK(query, _vectors.AsSpan(0, _count * _dimensions), _chunkIds.AsSpan(0, _count), limit, include);
            var hits = new VectorHit[top.Length];
            for (var i = 0; i < top.Length; i++)
            {
                hits[i] = new VectorHit(_chunkIds[top[i].Row], _documentIds[top[i].Row], top[i].Score);
            }
            return hits;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Copies of the (unit-length) vectors of those ids that are in the index.</summary>
    public Dictionary<Guid, ReadOnlyMemory<float>> GetVectors(IReadOnlyList<Guid> chunkIds)
    {
        _lock.EnterReadLock();
        try
        {
            var vectors = new Dictionary<Guid, ReadOnlyMemory<float>>(chunkIds.Count);
            foreach (var chunkId in chunkIds)
            {
                if (_rowByChunk.TryGetValue(chunkId, out var row))
                {
                    vectors[chunkId] = _vectors.AsSpan(row * _dimensions, _dimensions).ToArray();
                }
            }
            return vectors;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public void Dispose()
    {
        _lock.Dispose();
        _refreshGate.Dispose();
    }

    private void Reset()
    {
        _lock.EnterWriteLock();
        try
        {
            _rowByChunk.Clear();
            Array.Clear(_metadata);
            Volatile.Write(ref _count, 0);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private void Upsert(Guid chunkId, Guid documentId, KeyValuePair<string, string>[] metadata, ReadOnlySpan<float> vector)
    {
        if (!_rowByChunk.TryGetValue(chunkId, out var row))
        {
            EnsureCapacity(_count + 1);
            row = _count;
            _rowByChunk.Add(chunkId, row);
            Volatile.Write(ref _count, _count + 1);
        }
        _chunkIds[row] = chunkId;
        _documentIds[row] = documentId;
        _metadata[row] = metadata;
        var target = _vectors.AsSpan(row * _dimensions, _dimensions);
        vector.CopyTo(target);
        VectorScan.Normalize(target);
    }

    private void Remove(Guid chunkId)
    {
        if (!_rowByChunk.Remove(chunkId, out var row)) return;
        var last = _count - 1;
        if (row != last)
        {
            _vectors.AsSpan(last * _dimensions, _dimensions).CopyTo(_vectors.AsSpan(row * _dimensions, _dimensions));
            _chunkIds[row] = _chunkIds[last];
            _documentIds[row] = _documentIds[last];
            _metadata[row] = _metadata[last];
            _rowByChunk[_chunkIds[row]] = row;
        }
        _metadata[last] = [];
        Volatile.Write(ref _count, last);
    }

    private void EnsureCapacity(int rows)
    {
        if (rows <= _chunkIds.Length) return;
        var capacity = Math.Max(Math.Max(rows, MinimumCapacity), _chunkIds.Length * 2);
        Array.Resize(ref _vectors, capacity * _dimensions);
        Array.Resize(ref _chunkIds, capacity);
        Array.Resize(ref _documentIds, capacity);
        Array.Resize(ref _metadata, capacity);
    }
}
