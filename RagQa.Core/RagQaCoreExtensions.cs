using Microsoft.Extensions.Hosting;
using RagQa.Core.Messaging;

namespace RagQa.Core;

/// <summary>
/// What every RagQa process shares: the database and the broker (by their Aspire connection names), messaging,
/// metrics and the clock. Each process then adds its own part (<c>AddIngestion</c>, <c>AddEmbedding</c>,
/// <c>AddQueryPipeline</c>, the api's intakes), so its Program.cs shows what it uses.
/// </summary>
public static class RagQaCoreExtensions
{
    public const string DatabaseConnectionName = "ragqa";
    public const string RabbitMqConnectionName = "rabbitmq";
    public const string RedisConnectionName = "redis";

    public static IHostApplicationBuilder AddRagQaCore(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDataSource(DatabaseConnectionName);
        builder.AddRabbitMQClient(RabbitMqConnectionName);
        // Messaging also registers the meter factory and the clock every process uses.
        builder.AddRagQaMessaging();
        return builder;
    }

    /// <summary>Redis, for the processes that use the answer cache or the rate limiter (not the ingest worker).</summary>
    public static IHostApplicationBuilder AddRagQaRedis(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient(RedisConnectionName);
        return builder;
    }
}
