using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace RagQa.Core.Embeddings;

/// <summary>Builds the configured provider's generator, wrapped in <see cref="BatchingEmbeddingGenerator"/>.</summary>
internal static class EmbeddingGeneratorFactory
{
    public const string DefaultOllamaEndpoint = "http://localhost:11434/v1";

    /// <summary>The OpenAI client insists on a key; Ollama ignores it.</summary>
    private const string OllamaApiKey = "ollama";

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

    private static IEmbeddingGenerator<string, Embedding<float>> CreateOpenAICompatible(string provider, EmbeddingOptions options)
    {
        var clientOptions = new OpenAIClientOptions();
        var apiKey = options.ApiKey;
        switch (provider)
        {
            case EmbeddingProviders.OpenAI:
                if (!string.IsNullOrWhiteSpace(options.Endpoint)) clientOptions.Endpoint = new Uri(options.Endpoint);
                break;
            case EmbeddingProviders.AzureOpenAI:
                // Azure OpenAI's v1 API speaks the OpenAI protocol under /openai/v1/, the deployment as the model.
                clientOptions.Endpoint = AzureV1Endpoint(new Uri(options.Endpoint!));
                clientOptions.AddPolicy(new AzureApiKeyPolicy(apiKey!), PipelinePosition.PerCall);
                break;
            case EmbeddingProviders.Ollama:
                clientOptions.Endpoint = new Uri(string.IsNullOrWhiteSpace(options.Endpoint) ? DefaultOllamaEndpoint : options.Endpoint);
                apiKey = string.IsNullOrWhiteSpace(apiKey) ? OllamaApiKey : apiKey;
                break;
        }
        var client = new OpenAIClient(new ApiKeyCredential(apiKey!), clientOptions);
        return client.GetEmbeddingClient(options.ModelId!)
            .AsIEmbeddingGenerator(options.RequestDimensions ? options.Dimensions : null);
    }

    private static Uri AzureV1Endpoint(Uri endpoint)
    {
        var path = endpoint.AbsolutePath.TrimEnd('/');
        return path.EndsWith("/openai/v1", StringComparison.OrdinalIgnoreCase)
            ? new Uri(endpoint.GetLeftPart(UriPartial.Authority) + path + "/")
            : new Uri(endpoint.GetLeftPart(UriPartial.Authority) + path + "/openai/v1/");
    }
}
