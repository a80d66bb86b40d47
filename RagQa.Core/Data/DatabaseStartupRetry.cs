using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;
using Polly;
using Polly.Retry;

namespace RagQa.Core.Data;

/// <summary>
/// The retry policy of start-up work against Postgres: while the database cannot be reached (still starting, or
/// restarting), try again after 0.5 s, doubling up to 10 s, until it answers or the host stops. Any other failure
/// surfaces at once.
/// </summary>
public static class DatabaseStartupRetry
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    public static ResiliencePipeline Create(TimeProvider time, ILogger logger) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>().Handle<SocketException>().Handle<TimeoutException>(),
                BackoffType = DelayBackoffType.Exponential,
                Delay = FirstDelay,
                MaxDelay = MaxDelay,
                OnRetry = args =>
                {
                    logger.LogWarning("Database not reachable yet, retrying in {Delay}: {Reason}", args.RetryDelay, args.Outcome.Exception!.Message);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
}
