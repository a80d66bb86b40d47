using System.ClientModel.Primitives;
using System.Net;
using System.Text;
using Azure.Core;
using RagQa.Core.Embeddings;

namespace RagQa.Tests.Embeddings;

/// <summary>
/// Azure OpenAI authenticates with its key when one is configured, else with an Entra ID bearer token for the
/// Cognitive Services scope. No network: the client's transport is a handler that records the request.
/// </summary>
public sealed class OpenAICompatibleClientTests
{
    private const string Endpoint = "https://example.openai.azure.com";

    [Fact]
    public async Task Azure_with_a_key_sends_it_in_the_api_key_header_and_asks_for_no_token()
    {
        var handler = new RecordingHandler();
        var credential = new FakeTokenCredential();

        await EmbedAsync(OpenAICompatibleClient.Create(ModelService.AzureOpenAI, Endpoint, "azure-key", handler.Use, credential));

        Assert.Equal("azure-key", handler.ApiKey);
        Assert.Null(handler.Authorization);
        Assert.Empty(credential.Scopes);
    }

    [Fact]
    public async Task Azure_without_a_key_sends_an_entra_id_bearer_token_for_cognitive_services()
    {
        var handler = new RecordingHandler();
        var credential = new FakeTokenCredential();

        await EmbedAsync(OpenAICompatibleClient.Create(ModelService.AzureOpenAI, Endpoint, apiKey: null, handler.Use, credential));

        Assert.Equal($"Bearer {FakeTokenCredential.Token}", handler.Authorization);
        Assert.Null(handler.ApiKey);
        Assert.Equal(["https://cognitiveservices.azure.com/.default"], credential.Scopes.Distinct());
        Assert.Equal(new Uri(Endpoint + "/openai/v1/embeddings"), handler.RequestUri);
    }

    [Fact]
    public async Task OpenAI_sends_its_key_as_a_bearer_token()
    {
        var handler = new RecordingHandler();

        await EmbedAsync(OpenAICompatibleClient.Create(ModelService.OpenAI, "https://api.example.com/v1", "sk-test", handler.Use));

        Assert.Equal("Bearer sk-test", handler.Authorization);
        Assert.Null(handler.ApiKey);
    }

    private static Task EmbedAsync(OpenAI.OpenAIClient client) =>
        client.GetEmbeddingClient("my-deployment").GenerateEmbeddingAsync("reclamação");

    /// <summary>Stands in for DefaultAzureCredential: hands out a fixed token and records the scopes asked for.</summary>
    private sealed class FakeTokenCredential : TokenCredential
    {
        public const string Token = "fake-entra-token";

        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (Scopes) Scopes.AddRange(requestContext.Scopes);
            return new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    /// <summary>Records the authentication headers of the one request and answers with a one-vector embedding response.</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        public string? Authorization { get; private set; }

        public string? ApiKey { get; private set; }

        public Uri? RequestUri { get; private set; }

        public void Use(OpenAI.OpenAIClientOptions options) =>
            options.Transport = new HttpClientPipelineTransport(new HttpClient(this));

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Authorization = request.Headers.Authorization?.ToString();
            ApiKey = request.Headers.TryGetValues("api-key", out var keys) ? keys.Single() : null;
            RequestUri = request.RequestUri;
            const string body = """
                {"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.6,0.8]}],"model":"my-deployment","usage":{"prompt_tokens":2,"total_tokens":2}}
                """;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
