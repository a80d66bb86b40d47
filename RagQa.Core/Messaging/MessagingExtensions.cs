using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace RagQa.Core.Messaging;

/// <summary>Registers RagQa's RabbitMQ messaging on top of the Aspire <c>IConnection</c> (from <c>AddRabbitMQClient</c>).</summary>
public static class MessagingExtensions
{
    /// <summary>The health check the Aspire client registers; <see cref="RabbitMqHealthCheck"/> replaces it.</summary>
    private const string AspireHealthCheckName = "RabbitMQ.Client";

    /// <summary>
    /// Publisher, reply sender and listener, topology, queue-depth gauges, the "rabbitmq" health check and the
    /// <see cref="MessagingOptions"/> (section "Messaging"). Needs an <c>IConnection</c> registered by
    /// <c>builder.AddRabbitMQClient(...)</c>. Calling it twice is harmless.
    /// </summary>
    public static IHostApplicationBuilder AddRagQaMessaging(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(MessagingTopology))) return builder;

        services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MessagingTopology>();
        services.AddSingleton<ConfirmedChannelPool>();
        services.AddSingleton<MessageSender>();
        services.AddSingleton<QueueDepthReader>();
        services.AddSingleton<MessagingMetrics>();
        // The queue gauges must exist from start-up, not from the first publish.
        services.ActivateSingleton<MessagingMetrics>();
        services.AddSingleton<IMessagePublisher, RabbitMqMessagePublisher>();
        services.AddSingleton<IReplySender, RabbitMqReplySender>();
        services.AddSingleton<IReplyListener, RabbitMqReplyListener>();

        services.AddHealthChecks().AddCheck<RabbitMqHealthCheck>(RabbitMqHealthCheck.Name);
        // One check of the connection, not two: ours is cheaper per probe (see RabbitMqHealthCheck).
        services.PostConfigure<HealthCheckServiceOptions>(health =>
        {
            foreach (var duplicate in health.Registrations.Where(r => r.Name == AspireHealthCheckName).ToList())
            {
                health.Registrations.Remove(duplicate);
            }
        });
        return builder;
    }

    /// <summary>
    /// Consumes <paramref name="queue"/> with <typeparamref name="THandler"/> (resolved in a new scope per
    /// message) in a hosted service. A handler may be registered for several queues.
    /// </summary>
    public static IServiceCollection AddMessageHandler<TMessage, THandler>(this IServiceCollection services, string queue)
        where TMessage : IMessageContract
        where THandler : class, IMessageHandler<TMessage>
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);

        services.TryAddScoped<THandler>();
        // Not AddHostedService: it de-duplicates by type, and one handler type may consume several queues.
        services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<MessageConsumer<TMessage, THandler>>(sp, queue));
        return services;
    }
}
