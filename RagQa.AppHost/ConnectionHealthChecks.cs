using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace RagQa.AppHost;

/// <summary>
/// Health checks that log in with a resource's own connection string once it is known, so "healthy" means the
/// services' credentials work, not merely that a port answers.
/// </summary>
public static class ConnectionHealthChecks
{
    /// <summary>An AMQP connection, opened on the first check and reused, as Aspire's own RabbitMQ resource does.</summary>
    public static IResourceBuilder<T> WithRabbitMQHealthCheck<T>(this IResourceBuilder<T> builder)
        where T : IResourceWithConnectionString
    {
        IConnection? connection = null;
        return builder.WithConnectionHealthCheck((checks, key, connectionString) => checks.AddRabbitMQ(
            async _ => connection ??= await new ConnectionFactory { Uri = new Uri(connectionString()), ClientProvidedName = "ragqa-apphost-health" }
                .CreateConnectionAsync(),
            name: key));
    }

    public static IResourceBuilder<T> WithNpgsqlHealthCheck<T>(this IResourceBuilder<T> builder)
        where T : IResourceWithConnectionString =>
        builder.WithConnectionHealthCheck((checks, key, connectionString) => checks.AddNpgSql(_ => connectionString(), name: key));

    private static IResourceBuilder<T> WithConnectionHealthCheck<T>(
        this IResourceBuilder<T> builder, Action<IHealthChecksBuilder, string, Func<string>> register)
        where T : IResourceWithConnectionString
    {
        string? connectionString = null;
        var name = builder.Resource.Name;
        var key = $"{name}_check";
        register(builder.ApplicationBuilder.Services.AddHealthChecks(), key,
            () => connectionString ?? throw new InvalidOperationException($"The connection string of '{name}' is not available yet."));
        return builder
            .OnConnectionStringAvailable(async (resource, _, ct) => connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct))
            .WithHealthCheck(key);
    }
}
