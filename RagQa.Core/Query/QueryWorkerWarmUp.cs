using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RagQa.Core.Retrieval;
using StackExchange.Redis;

namespace RagQa.Core.Query;

/// <summary>
/// Readies the query worker before it takes its first question. Hosted services start one after the other: this one
/// after the telemetry providers (the service defaults register those first), before the queue consumer (registered
/// after it), and all of them before the web server that answers /health. So the worker reports ready only once one
/// retrieval over the default collection has loaded the embedding model and the collection's vectors, opened database
/// connections and compiled the query path, and Redis is connected. Without it the first asker after a
/// start waited ~5 s for all of that. A failure is logged, not fatal: the first question then warms up as before.
/// </summary>
public sealed class QueryWorkerWarmUp(
    HybridRetriever retriever, IConnectionMultiplexer redis, IOptions<QueryOptions> options, TimeProvider time, ILogger<QueryWorkerWarmUp> logger)
    : IHostedService
{
    /// <summary>A question of the kind asked most: it takes the specific (retrieval) path.</summary>
    public const string Question = "O produto chegou no prazo?";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var span = QueryTracing.Source.StartActivity("warm_up");
        try
        {
            await retriever.RetrieveAsync(new RetrievalRequest(options.Value.DefaultCollection, Question, TopK: 5), cancellationToken);
            await redis.GetDatabase().PingAsync();
            logger.LogInformation("Query worker warmed up in {ElapsedMs} ms", (int)time.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.Message);
            logger.LogWarning(ex, "Query worker warm-up failed after {ElapsedMs} ms; the first question will warm it up", (int)time.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
