using Microsoft.Extensions.AI;

namespace RagQa.Core.Embeddings;

/// <summary>Builds the configured provider's generator, wrapped in <see cref="BatchingEmbeddingGenerator"/>.</summary>
internal static class EmbeddingGeneratorFactory
{
    public static BatchingEmbeddingGenerator Create(EmbeddingOptions options, EmbeddingMetrics metrics)
    {
        var remote = EmbeddingProviders.Remote(options.Provider);
        IEmbeddingGenerator<string, Embedding<float>> inner = remote is { } service
            ? CreateOpenAICompatible(service, options)
            : options.Provider switch
            {
                EmbeddingProvider.MiniLm => new MiniLmEmbeddingGenerator(options.ThreadsPerCall),
                EmbeddingProvider.Onnx => new OnnxSentenceEmbeddingGenerator(
                    options.ModelPath!, options.ModelId, options.MaxSequenceLength, options.QueryPrefix, options.PassagePrefix, options.ThreadsPerCall),
                EmbeddingProvider.Hashing => new HashingEmbeddingGenerator(options.Dimensions ?? HashingEmbeddingGenerator.DefaultDimensions),
                _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown Embeddings:Provider."),
            };
        try
        {
            var model = remote is not null
                ? new EmbeddingModelInfo(options.ModelId!, options.Dimensions!.Value)
                : inner.GetService<EmbeddingModelInfo>()!;
            if (options.Dimensions is { } configured && configured != model.Dimensions)
            {
                throw new InvalidOperationException(
                    $"Embeddings:Dimensions is {configured} but model '{model.ModelId}' produces {model.Dimensions}-dimensional vectors.");
            }
            return new BatchingEmbeddingGenerator(inner, model, options.MaxBatchSize, metrics);
        }
        catch
        {
            inner.Dispose();
            throw;
        }
    }

    private static IEmbeddingGenerator<string, Embedding<float>> CreateOpenAICompatible(ModelService service, EmbeddingOptions options) =>
        OpenAICompatibleClient.Create(service, options.Endpoint, options.ApiKey)
            .GetEmbeddingClient(options.ModelId!)
            .AsIEmbeddingGenerator(options.RequestDimensions ? options.Dimensions : null);
}
