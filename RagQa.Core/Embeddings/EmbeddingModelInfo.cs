namespace RagQa.Core.Embeddings;

/// <summary>The configured embedding model's id and vector dimension, stored with every vector.</summary>
public sealed record EmbeddingModelInfo(string ModelId, int Dimensions);
