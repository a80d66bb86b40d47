using System.Net.Sockets;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using RagQa.Core.Data;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Data;

public sealed class DatabaseStartupRetryTests
{
    private readonly FakeTimeProvider time = new();
    private readonly FakeLogger logger = new();

    [Fact]
    public async Task An_unreachable_database_is_tried_again_with_doubling_waits_up_to_ten_seconds_until_it_answers()
    {
        var failures = new Queue<Exception>(
            [new NpgsqlException("refused"), new SocketException(), new TimeoutException(), .. Enumerable.Range(0, 5).Select(_ => new NpgsqlException("starting"))]);
        var attempts = 0;

        await FakeTimeRunner.RunAsync(time, DatabaseStartupRetry.Create(time, logger).ExecuteAsync(_ =>
        {
            attempts++;
            return failures.TryDequeue(out var failure) ? ValueTask.FromException(failure) : ValueTask.CompletedTask;
        }).AsTask());

        Assert.Equal(9, attempts);
        Assert.Equal(
            new[] { 0.5, 1, 2, 4, 8, 10, 10, 10 }.Select(s => TimeSpan.FromSeconds(s).ToString()),
            logger.Collector.GetSnapshot().Select(r => r.GetStructuredStateValue("Delay")));
    }

    [Fact]
    public async Task Any_other_failure_surfaces_at_once()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => DatabaseStartupRetry.Create(time, logger).ExecuteAsync(_ =>
        {
            attempts++;
            throw new InvalidOperationException("a broken migration");
        }).AsTask());

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Stopping_ends_the_wait()
    {
        using var stopping = new CancellationTokenSource();
        var attempts = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FakeTimeRunner.RunAsync(time, DatabaseStartupRetry.Create(time, logger).ExecuteAsync(_ =>
        {
            if (++attempts == 3) stopping.Cancel();
            throw new NpgsqlException("refused");
        }, stopping.Token).AsTask()));

        Assert.Equal(3, attempts);
    }
}
