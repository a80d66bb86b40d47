namespace RagQa.Core.Embeddings;

/// <summary>The services that run models behind the OpenAI protocol, for embeddings and answers alike (see <see cref="OpenAICompatibleClient"/>).</summary>
public enum ModelService
{
    OpenAI,
    AzureOpenAI,

    /// <summary>Ollama through its OpenAI-compatible endpoint.</summary>
    Ollama,
}
