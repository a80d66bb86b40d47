using Microsoft.Extensions.AI;

namespace RagQa.Core.Embeddings;

/// <summary>Builds the configured provider's generator, wrapped in <see cref="BatchingEmbeddingGenerator"/>.</summary>
internal static class EmbeddingGeneratorFactory
{
    public static BatchingEmbeddingGenerator Create(EmbeddingOptions options)
    {
        var provider = options.Provider.Trim().ToLowerInvariant();
        IEmbeddingGenerator<string, Embedding<float>> inner = provider switch
        {
            EmbeddingProviders.MiniLm => new MiniLmEmbeddingGenerator(),
            EmbeddingProviders.Onnx => new OnnxSentenceEmbeddingGenerator(
                options.ModelPath!, options.ModelId, options.MaxSequenceLength, options.QueryPrefix, options.PassagePrefix),
            EmbeddingProviders.Hashing => new HashingEmbeddingGenerator(options.Dimensions ?? HashingEmbeddingGenerator.DefaultDimensions),
            EmbeddingProviders.OpenAI or EmbeddingProviders.AzureOpenAI or EmbeddingProviders.Ollama => CreateOpenAICompatible(provider, options),
            _ => throw new InvalidOperationException($"Embeddings:Provider '{options.Provider}' is not supported."),
        };
        try
        {
            var model = EmbeddingProviders.IsRemote(provider)
                ? new EmbeddingModelInfo(options.ModelId!, options.Dimensions!.Value)
                : inner.GetService<EmbeddingModelInfo>()!;
            if (options.Dimensions is { } configured && configured != model.Dimensions)
            {
                throw new InvalidOperationException(
                    $"Embeddings:Dimensions is {configured} but model '{model.ModelId}' produces {model.Dimensions}-dimensional vectors.");
            }
            return new BatchingEmbeddingGenerator(inner, model, options.MaxBatchSize);
        }
        catch
        {
            inner.Dispose();
            throw;
        }
    }

    private static IEmbeddingGenerator<string, Embedding<float>> CreateOpenAICompatible(string provider, EmbeddingOptions options) =>
        OpenAICompatibleClient.Create(provider, options.Endpoint, options.ApiKey)
            .GetEmbeddingClient(options.ModelId!)
            .AsIEmbeddingGenerator(options.RequestDimensions ? options.Dimensions : null);
}
