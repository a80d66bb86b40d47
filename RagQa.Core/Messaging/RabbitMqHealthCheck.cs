using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace RagQa.Core.Messaging;

/// <summary>
/// Healthy while the shared connection is open. It reads the connection's state instead of opening a
/// channel per probe (which the stock check does): probes come every few seconds from every pod, and
/// channel churn is expensive for the broker. Heartbeats close a dead connection, which turns this unhealthy.
/// </summary>
internal sealed class RabbitMqHealthCheck(IConnection connection) : IHealthCheck
{
    public const string Name = "rabbitmq";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(connection.IsOpen
            ? HealthCheckResult.Healthy($"Connected to {connection.Endpoint.HostName}:{connection.Endpoint.Port}")
            : new HealthCheckResult(context.Registration.FailureStatus,
                $"Connection to {connection.Endpoint.HostName}:{connection.Endpoint.Port} is closed ({connection.CloseReason?.ReplyText ?? "unknown reason"}); recovery is under way"));
}
