using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using RagQa.Core.Embeddings;

namespace RagQa.Core.Answering;

/// <summary>Builds the configured provider's chat client: OpenAI-compatible client → OpenTelemetry → retries.</summary>
internal static class ChatClientFactory
{
    /// <summary>The traces of each model call (gen_ai.* spans with token usage) go to this source; message contents are not recorded.</summary>
    public const string TelemetrySource = "RagQa.Answering.Chat";

    public static IChatClient Create(AnswerOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        var service = AnswerProviders.Remote(options.Provider)
            ?? throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "The extractive provider uses no chat model.");
        var client = OpenAICompatibleClient.Create(service, options.Endpoint, options.ApiKey, clientOptions =>
        {
            // ChatRetry owns retries (backoff with jitter, configurable); the SDK's own would multiply them.
            clientOptions.RetryPolicy = new ClientRetryPolicy(maxRetries: 0);
            clientOptions.NetworkTimeout = options.RequestTimeout;
        });
        var retry = ChatRetry.Create(options, time, loggers.CreateLogger<RetryingChatClient>());
        return client.GetChatClient(options.ModelId!).AsIChatClient()
            .AsBuilder()
            .Use(inner => new RetryingChatClient(inner, retry))
            .UseOpenTelemetry(loggers, TelemetrySource)
            .Build();
    }
}
