namespace RagQa.Core.VectorStore;

/// <summary>
/// Rows read from the change feed, staged while the reader awaits the database and then applied to a
/// <see cref="SpaceIndex"/> under its write lock in one go (that lock cannot be held across awaits).
/// Vectors are staged back to back in one reused block.
/// </summary>
internal sealed class VectorChangeBatch(int dimensions, int capacity)
{
    private readonly float[] _vectors = new float[dimensions * capacity];

    public Guid[] ChunkIds { get; } = new Guid[capacity];
    public Guid[] DocumentIds { get; } = new Guid[capacity];
    public bool[] Deleted { get; } = new bool[capacity];
    public KeyValuePair<string, string>[][] Metadata { get; } = new KeyValuePair<string, string>[capacity][];
    public int Count { get; private set; }
    public bool IsFull => Count == ChunkIds.Length;

    public ReadOnlySpan<float> Vector(int i) => _vectors.AsSpan(i * dimensions, dimensions);

    /// <summary>Adds an upsert; returns the span to fill with the vector.</summary>
    public Span<float> AddUpsert(Guid chunkId, Guid documentId, KeyValuePair<string, string>[] metadata)
    {
        var i = Add(chunkId, documentId, deleted: false, metadata);
        return _vectors.AsSpan(i * dimensions, dimensions);
    }

    public void AddDeletion(Guid chunkId) => Add(chunkId, Guid.Empty, deleted: true, []);

    public void Clear()
    {
        Array.Clear(Metadata, 0, Count);
        Count = 0;
    }

    private int Add(Guid chunkId, Guid documentId, bool deleted, KeyValuePair<string, string>[] metadata)
    {
        var i = Count++;
        ChunkIds[i] = chunkId;
        DocumentIds[i] = documentId;
        Deleted[i] = deleted;
        Metadata[i] = metadata;
        return i;
    }
}
