using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.Identity;
using OpenAI;

namespace RagQa.Core.Embeddings;

/// <summary>
/// The one place that knows how to reach the OpenAI-compatible services (OpenAI, Azure OpenAI's v1 API,
/// Ollama) with the OpenAI client; the embedding generators and the chat answerer both build on it.
/// </summary>
internal static class OpenAICompatibleClient
{
    public const string DefaultOllamaEndpoint = "http://localhost:11434/v1";

    /// <summary>The Entra ID scope of Azure OpenAI (Cognitive Services) data-plane calls.</summary>
    public const string AzureTokenScope = "https://cognitiveservices.azure.com/.default";

    /// <summary>The OpenAI client insists on a key; Ollama ignores it.</summary>
    private const string OllamaApiKey = "ollama";

    /// <summary>One credential per process, so the chat and embedding clients share its token cache.</summary>
    private static readonly Lazy<DefaultAzureCredential> DefaultCredential = new(() => new DefaultAzureCredential());

    /// <param name="configure">Further client settings (timeouts, retry policy), applied last.</param>
    /// <param name="azureCredential">
    /// Azure OpenAI without a key: where bearer tokens come from; <see cref="DefaultAzureCredential"/> (managed or
    /// workload identity in Azure, the developer's Azure CLI or Visual Studio sign-in locally) when not given.
    /// </param>
    public static OpenAIClient Create(
        ModelService service, string? endpoint, string? apiKey, Action<OpenAIClientOptions>? configure = null,
        AuthenticationTokenProvider? azureCredential = null)
    {
        var clientOptions = new OpenAIClientOptions();
        AuthenticationPolicy authentication;
        switch (service)
        {
            case ModelService.OpenAI:
                if (!string.IsNullOrWhiteSpace(endpoint)) clientOptions.Endpoint = new Uri(endpoint);
                authentication = ApiKeyAuthenticationPolicy.CreateBearerAuthorizationPolicy(new ApiKeyCredential(apiKey!));
                break;
            case ModelService.AzureOpenAI:
                // Azure OpenAI's v1 API speaks the OpenAI protocol under /openai/v1/, the deployment as the model;
                // it takes a key in its api-key header, or an Entra ID token.
                clientOptions.Endpoint = AzureV1Endpoint(new Uri(endpoint!));
                authentication = string.IsNullOrWhiteSpace(apiKey)
                    ? new BearerTokenPolicy(azureCredential ?? DefaultCredential.Value, AzureTokenScope)
                    : ApiKeyAuthenticationPolicy.CreateHeaderApiKeyPolicy(new ApiKeyCredential(apiKey), "api-key");
                break;
            case ModelService.Ollama:
                clientOptions.Endpoint = new Uri(string.IsNullOrWhiteSpace(endpoint) ? DefaultOllamaEndpoint : endpoint);
                authentication = ApiKeyAuthenticationPolicy.CreateBearerAuthorizationPolicy(
                    new ApiKeyCredential(string.IsNullOrWhiteSpace(apiKey) ? OllamaApiKey : apiKey));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(service), service, null);
        }
        configure?.Invoke(clientOptions);
        // The only constructor that takes an authentication policy (a token or another header than Authorization);
        // OpenAI 2.14 marks it experimental. Revisit when upgrading the package.
#pragma warning disable OPENAI001
        return new OpenAIClient(authentication, clientOptions);
#pragma warning restore OPENAI001
    }

    private static Uri AzureV1Endpoint(Uri endpoint)
    {
        var path = endpoint.AbsolutePath.TrimEnd('/');
        return path.EndsWith("/openai/v1", StringComparison.OrdinalIgnoreCase)
            ? new Uri(endpoint.GetLeftPart(UriPartial.Authority) + path + "/")
            : new Uri(endpoint.GetLeftPart(UriPartial.Authority) + path + "/openai/v1/");
    }
}
