using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;

namespace RagQa.Core.Embeddings;

/// <summary>
/// The one place that knows how to reach the OpenAI-compatible services (OpenAI, Azure OpenAI's v1 API,
/// Ollama) with the OpenAI client; the embedding generators and the chat answerer both build on it.
/// </summary>
internal static class OpenAICompatibleClient
{
    public const string DefaultOllamaEndpoint = "http://localhost:11434/v1";

    /// <summary>The OpenAI client insists on a key; Ollama ignores it.</summary>
    private const string OllamaApiKey = "ollama";

    /// <param name="configure">Further client settings (timeouts, retry policy), applied last.</param>
    public static OpenAIClient Create(ModelService service, string? endpoint, string? apiKey, Action<OpenAIClientOptions>? configure = null)
    {
        var clientOptions = new OpenAIClientOptions();
        switch (service)
        {
            case ModelService.OpenAI:
                if (!string.IsNullOrWhiteSpace(endpoint)) clientOptions.Endpoint = new Uri(endpoint);
                break;
            case ModelService.AzureOpenAI:
                // Azure OpenAI's v1 API speaks the OpenAI protocol under /openai/v1/, the deployment as the model.
                clientOptions.Endpoint = AzureV1Endpoint(new Uri(endpoint!));
                clientOptions.AddPolicy(new AzureApiKeyPolicy(apiKey!), PipelinePosition.PerCall);
                break;
            case ModelService.Ollama:
                clientOptions.Endpoint = new Uri(string.IsNullOrWhiteSpace(endpoint) ? DefaultOllamaEndpoint : endpoint);
                apiKey = string.IsNullOrWhiteSpace(apiKey) ? OllamaApiKey : apiKey;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(service), service, null);
        }
        configure?.Invoke(clientOptions);
        return new OpenAIClient(new ApiKeyCredential(apiKey!), clientOptions);
    }

    private static Uri AzureV1Endpoint(Uri endpoint)
    {
        var path = endpoint.AbsolutePath.TrimEnd('/');
        return path.EndsWith("/openai/v1", StringComparison.OrdinalIgnoreCase)
            ? new Uri(endpoint.GetLeftPart(UriPartial.Authority) + path + "/")
            : new Uri(endpoint.GetLeftPart(UriPartial.Authority) + path + "/openai/v1/");
    }
}
