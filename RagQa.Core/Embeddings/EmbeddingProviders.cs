namespace RagQa.Core.Embeddings;

public static class EmbeddingProviders
{
    /// <summary>The service a remote provider calls; null for the models that run in-process.</summary>
    public static ModelService? Remote(EmbeddingProvider provider) => provider switch
    {
        EmbeddingProvider.OpenAI => ModelService.OpenAI,
        EmbeddingProvider.AzureOpenAI => ModelService.AzureOpenAI,
        EmbeddingProvider.Ollama => ModelService.Ollama,
        _ => null,
    };
}
