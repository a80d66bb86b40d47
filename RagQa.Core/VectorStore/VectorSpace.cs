namespace RagQa.Core.VectorStore;

/// <summary>
/// Where vectors of one collection made by one embedding model live. Model and dimension are part of the
/// space, so changing the model never mixes incompatible vectors: it starts a new space to re-embed into.
/// </summary>
public sealed record VectorSpace(string Collection, string ModelId, int Dimensions);
