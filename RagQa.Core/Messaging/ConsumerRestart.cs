using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace RagQa.Core.Messaging;

/// <summary>
/// How a queue consumer keeps going, as two retry layers around one consuming session (which returns why it ended):
/// a session that ends — its channel closed, or the broker cancelled it — is started again after a jittered pause
/// under <see cref="BaseDelay"/>; a session that cannot start (opening a channel fails while the connection recovers)
/// is tried again with exponential backoff and full jitter up to <see cref="MaxDelay"/>, its failures counted afresh
/// after every session that ran. Only the host stopping ends it.
/// </summary>
internal static class ConsumerRestart
{
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    /// <summary>The first failures are expected while the connection recovers; from this one on they are errors.</summary>
    private const int FailuresLoggedAsErrors = 5;

    public static ResiliencePipeline<string> Create(string queue, TimeProvider time, ILogger logger) =>
        new ResiliencePipelineBuilder<string> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<string>
            {
                MaxRetryAttempts = int.MaxValue,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is null),
                DelayGenerator = _ => ValueTask.FromResult<TimeSpan?>(RetryBackoff.Delay(1, BaseDelay, MaxDelay, Random.Shared.NextDouble())),
                OnRetry = args =>
                {
                    logger.LogWarning("Consumer of {Queue} stopped ({Reason}); starting it again", queue, args.Outcome.Result);
                    return ValueTask.CompletedTask;
                },
            })
            .AddRetry(new RetryStrategyOptions<string>
            {
                MaxRetryAttempts = int.MaxValue,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is not null && !args.Context.CancellationToken.IsCancellationRequested),
                // After failure n the ceiling is BaseDelay · 2^n: even the first waits longer than a plain restart.
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    RetryBackoff.Delay(args.AttemptNumber + 2, BaseDelay, MaxDelay, Random.Shared.NextDouble())),
                OnRetry = args =>
                {
                    var failures = args.AttemptNumber + 1;
                    logger.Log(failures < FailuresLoggedAsErrors ? LogLevel.Warning : LogLevel.Error, args.Outcome.Exception,
                        "Consumer of {Queue} could not start (failure {Failures}); trying again", queue, failures);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
}
