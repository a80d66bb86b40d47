using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RagQa.Core.Messaging;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Messaging;

/// <summary>A host wired like a RagQa service (Aspire RabbitMQ client + messaging) against the test broker, with fast retries.</summary>
internal static class MessagingTestHost
{
    public const int MaxAttempts = 3;

    /// <param name="connectionString">Where to connect instead of the test broker (a <see cref="TcpProxy"/> in front of it).</param>
    public static HostApplicationBuilder CreateBuilder(LocalServers servers, string? connectionString = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:rabbitmq"] = connectionString ?? servers.RabbitMqConnectionString,
            // Reconnect quickly after a simulated network failure (the client's default waits 5 s).
            ["Aspire:RabbitMQ:Client:ConnectionFactory:NetworkRecoveryInterval"] = "00:00:00.200",
            ["Messaging:MaxAttempts"] = MaxAttempts.ToString(),
            ["Messaging:RetryBaseDelay"] = "00:00:00.010",
            ["Messaging:RetryMaxDelay"] = "00:00:00.050",
            ["Messaging:QueueDepthRefreshInterval"] = "00:00:00.100",
        });
        builder.AddRabbitMQClient("rabbitmq");
        builder.AddRagQaMessaging();
        return builder;
    }

    /// <summary>A host consuming <paramref name="queue"/> with a <see cref="RecordingHandler{TMessage}"/>.</summary>
    public static HostApplicationBuilder CreateBuilder<TMessage>(
        LocalServers servers,
        string queue,
        DeliveryRecorder<TMessage> recorder,
        string? connectionString = null)
        where TMessage : IMessageContract
    {
        var builder = CreateBuilder(servers, connectionString);
        builder.Services.AddSingleton(recorder);
        builder.Services.AddMessageHandler<TMessage, RecordingHandler<TMessage>>(queue);
        return builder;
    }

    public static string UniqueQueue(string purpose) => $"test.{purpose}.{Guid.NewGuid():N}";
}
