namespace RagQa.Core.VectorStore;

/// <summary>One result of <see cref="VectorScan.TopK"/>: the row's position in the scanned block and its cosine similarity.</summary>
public readonly record struct VectorScanHit(int Row, float Score);
