using RagQa.Core.Embeddings;

namespace RagQa.Core.Answering;

/// <summary>The values of <c>Answers:Provider</c>; the remote ones are the same services, and names, as for embeddings.</summary>
public static class AnswerProviders
{
    /// <summary>No language model: answers are composed from the retrieved texts and real counts. The default.</summary>
    public const string Extractive = "extractive";

    public const string OpenAI = EmbeddingProviders.OpenAI;

    public const string AzureOpenAI = EmbeddingProviders.AzureOpenAI;

    /// <summary>Ollama through its OpenAI-compatible endpoint.</summary>
    public const string Ollama = EmbeddingProviders.Ollama;

    public static IReadOnlyList<string> All { get; } = [Extractive, OpenAI, AzureOpenAI, Ollama];

    public static bool IsModel(string? provider) =>
        !string.IsNullOrWhiteSpace(provider) && !provider.Trim().Equals(Extractive, StringComparison.OrdinalIgnoreCase);
}
