using Polly;
using Polly.Retry;

namespace RagQa.Api.Startup;

/// <summary>
/// The retry policy of seeding the sample: any failure (a broker hiccup, say) is tried again after 2, 4, 6 and 8
/// seconds, five attempts in all, then surfaces. Safe because intake is idempotent on content.
/// </summary>
public static class SeedRetry
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan DelayStep = TimeSpan.FromSeconds(2);

    public static ResiliencePipeline Create(TimeProvider time, ILogger logger) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = MaxAttempts - 1,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is not null && !args.Context.CancellationToken.IsCancellationRequested),
                BackoffType = DelayBackoffType.Linear,
                Delay = DelayStep,
                OnRetry = args =>
                {
                    logger.LogWarning(args.Outcome.Exception, "Seeding attempt {Attempt} failed; retrying", args.AttemptNumber + 1);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
}
