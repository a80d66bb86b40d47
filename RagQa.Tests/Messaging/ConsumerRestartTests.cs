using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using RagQa.Core.Messaging;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Messaging;

public sealed class ConsumerRestartTests
{
    private readonly FakeTimeProvider time = new();
    private readonly FakeLogger logger = new();

    /// <summary>Runs sessions that fail (null) or end with a reason, in order, then stops the host.</summary>
    private async Task RunSessionsAsync(params string?[] sessions)
    {
        using var stopping = new CancellationTokenSource();
        var next = new Queue<string?>(sessions);
        var run = ConsumerRestart.Create("ingest", time, logger).ExecuteAsync(_ =>
        {
            if (!next.TryDequeue(out var session))
            {
                stopping.Cancel();
                stopping.Token.ThrowIfCancellationRequested();
            }
            return session is null ? ValueTask.FromException<string>(new IOException("no channel")) : ValueTask.FromResult(session);
        }, stopping.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FakeTimeRunner.RunAsync(time, run.AsTask()));
    }

    [Fact]
    public async Task Ended_sessions_and_failed_starts_are_started_again_with_failures_counted_afresh_after_each_session()
    {
        await RunSessionsAsync(null, null, "channel closed", null, "the broker cancelled the consumer");

        Assert.Equal(
            [
                "Consumer of ingest could not start (failure 1); trying again",
                "Consumer of ingest could not start (failure 2); trying again",
                "Consumer of ingest stopped (channel closed); starting it again",
                "Consumer of ingest could not start (failure 1); trying again",
                "Consumer of ingest stopped (the broker cancelled the consumer); starting it again",
            ],
            logger.Collector.GetSnapshot().Select(r => r.Message));
    }

    [Fact]
    public async Task Failures_from_the_fifth_in_a_row_are_errors()
    {
        await RunSessionsAsync(null, null, null, null, null, null);

        Assert.Equal(
            [LogLevel.Warning, LogLevel.Warning, LogLevel.Warning, LogLevel.Warning, LogLevel.Error, LogLevel.Error],
            logger.Collector.GetSnapshot().Select(r => r.Level));
    }
}
