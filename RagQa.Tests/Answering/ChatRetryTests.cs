using System.ClientModel;
using System.Net;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using RagQa.Core.Answering;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Answering;

public sealed class ChatRetryTests
{
    private static readonly TimeSpan Base = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(8);

    [Theory]
    [InlineData(1, 0, 0.5, 250)]
    [InlineData(3, 0, 0.5, 1_000)]
    [InlineData(1, 3_000, 0.5, 3_000)]
    [InlineData(3, 600, 0.5, 1_000)]
    [InlineData(1, 60_000, 0.5, 8_000)]
    public void The_wait_is_the_jittered_backoff_or_a_longer_Retry_After_within_the_cap(int attempt, int retryAfterMs, double random, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), ChatRetry.Delay(attempt, TimeSpan.FromMilliseconds(retryAfterMs), Base, Cap, random));

    public static TheoryData<Exception, bool> Failures => new()
    {
        { new HttpRequestException("reset", null, statusCode: null), true },
        { new HttpRequestException("busy", null, HttpStatusCode.TooManyRequests), true },
        { new HttpRequestException("down", null, HttpStatusCode.BadGateway), true },
        { new HttpRequestException("bad", null, HttpStatusCode.BadRequest), false },
        { new HttpRequestException("who", null, HttpStatusCode.Unauthorized), false },
        { new ClientResultException("no response"), true },
        { new TimeoutException(), true },
        { new TaskCanceledException(), true },
        { new InvalidOperationException(), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Only_failures_that_may_pass_are_retried(Exception failure, bool transient) =>
        Assert.Equal(transient, ChatRetry.IsTransient(failure, out _));

    [Fact]
    public async Task A_transient_failure_is_tried_up_to_max_attempts_then_surfaces()
    {
        var time = new FakeTimeProvider();
        var logger = new FakeLogger();
        var options = new AnswerOptions { MaxAttempts = 3, RetryBaseDelay = Base, RetryMaxDelay = Cap };
        var attempts = 0;

        var run = ChatRetry.Create(options, time, logger).ExecuteAsync<string>(_ =>
        {
            attempts++;
            throw new HttpRequestException("down", null, HttpStatusCode.ServiceUnavailable);
        }).AsTask();

        await Assert.ThrowsAsync<HttpRequestException>(() => FakeTimeRunner.RunAsync(time, run));
        Assert.Equal(3, attempts);
        Assert.Equal(["1", "2"], logger.Collector.GetSnapshot().Select(r => r.GetStructuredStateValue("Attempt")));
    }

    [Fact]
    public async Task One_attempt_means_no_retry()
    {
        var options = new AnswerOptions { MaxAttempts = 1 };
        var attempts = 0;

        await Assert.ThrowsAsync<TimeoutException>(() => ChatRetry.Create(options, TimeProvider.System, new FakeLogger()).ExecuteAsync<string>(_ =>
        {
            attempts++;
            throw new TimeoutException();
        }).AsTask());

        Assert.Equal(1, attempts);
    }
}
