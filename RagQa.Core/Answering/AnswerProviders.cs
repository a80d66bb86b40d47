using RagQa.Core.Embeddings;

namespace RagQa.Core.Answering;

public static class AnswerProviders
{
    /// <summary>The service a model provider calls; null for <see cref="AnswerProvider.Extractive"/>, which uses no model.</summary>
    public static ModelService? Remote(AnswerProvider provider) => provider switch
    {
        AnswerProvider.OpenAI => ModelService.OpenAI,
        AnswerProvider.AzureOpenAI => ModelService.AzureOpenAI,
        AnswerProvider.Ollama => ModelService.Ollama,
        _ => null,
    };
}
