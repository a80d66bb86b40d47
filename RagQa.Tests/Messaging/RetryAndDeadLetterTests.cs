using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RagQa.Core.Messaging;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Messaging;

[Collection(LocalServersCollection.Name)]
public sealed class RetryAndDeadLetterTests(LocalServers servers)
{
    [Fact]
    public async Task A_poison_message_is_dead_lettered_after_max_attempts_with_its_reason()
    {
        var queue = MessagingTestHost.UniqueQueue("poison");
        await using var probe = await BrokerProbe.ConnectAsync(servers);
        var recorder = new DeliveryRecorder<IngestDocument> { FailuresBeforeSuccess = int.MaxValue };
        using var host = MessagingTestHost.CreateBuilder(servers, queue, recorder).Build();
        await host.StartAsync();
        try
        {
            var message = new IngestDocument(Guid.NewGuid());
            await host.Services.GetRequiredService<IMessagePublisher>().PublishAsync(queue, message, correlationId: "poison-1");

            var dead = await probe.TakeAsync(QueueNames.DeadLetterOf(queue));
            await host.StopAsync();

            Assert.Equal([1, 2, 3], recorder.Deliveries.Select(d => d.Context.Attempt));
            Assert.All(recorder.Deliveries, d => Assert.Equal(message, d.Message));
            var headers = dead.BasicProperties.Headers;
            Assert.Equal(MessagingTestHost.MaxAttempts, MessageHeaders.ReadAttempt(headers));
            Assert.Contains("Simulated handler failure on attempt 3", MessageHeaders.ReadString(headers, MessageHeaders.Error));
            Assert.Equal(queue, MessageHeaders.ReadString(headers, MessageHeaders.OriginalQueue));
            Assert.Equal(IngestDocument.MessageType, dead.BasicProperties.Type);
            Assert.Equal("poison-1", dead.BasicProperties.CorrelationId);
            Assert.Equal(recorder.Deliveries[0].Context.MessageId, dead.BasicProperties.MessageId);
            Assert.Equal($"{{\"document_id\":\"{message.DocumentId}\"}}", Encoding.UTF8.GetString(dead.Body.Span));
            Assert.Equal(0u, await probe.CountAsync(queue));
            Assert.Equal(0u, await probe.CountAsync(QueueNames.DeadLetterOf(queue)));
        }
        finally
        {
            await host.StopAsync();
            await probe.DeleteAsync(queue);
        }
    }

    [Fact]
    public async Task A_handler_that_fails_twice_then_succeeds_is_called_three_times_and_nothing_is_dead_lettered()
    {
        var queue = MessagingTestHost.UniqueQueue("transient");
        await using var probe = await BrokerProbe.ConnectAsync(servers);
        var recorder = new DeliveryRecorder<EmbedBatch> { FailuresBeforeSuccess = 2 };
        using var host = MessagingTestHost.CreateBuilder(servers, queue, recorder).Build();
        await host.StartAsync();
        try
        {
            await host.Services.GetRequiredService<IMessagePublisher>()
                .PublishAsync(queue, new EmbedBatch(Guid.NewGuid(), Guid.NewGuid(), [Guid.NewGuid()]), correlationId: "flaky-1");

            var success = await recorder.SucceededAsync("flaky-1");
            await host.StopAsync();

            Assert.Equal(3, success.Context.Attempt);
            Assert.Equal([true, true, false], recorder.Deliveries.Select(d => d.Failed));
            Assert.Equal([1, 2, 3], recorder.Deliveries.Select(d => d.Context.Attempt));
            Assert.Single(recorder.Deliveries.Select(d => d.Context.MessageId).Distinct());
            Assert.Equal(0u, await probe.CountAsync(queue));
            Assert.Equal(0u, await probe.CountAsync(QueueNames.DeadLetterOf(queue)));
        }
        finally
        {
            await host.StopAsync();
            await probe.DeleteAsync(queue);
        }
    }

    [Theory]
    [InlineData("mystery-message.v1")]
    [InlineData("ingest-document.v2")]
    [InlineData(null)]
    public async Task An_unknown_message_type_is_dead_lettered_without_retries(string? type)
    {
        var reason = await DeadLetterRawAsync(type, Encoding.UTF8.GetBytes($"{{\"document_id\":\"{Guid.NewGuid()}\"}}"));

        Assert.Contains($"'{type ?? "(none)"}'", reason);
        Assert.Contains($"accepts '{IngestDocument.MessageType}'", reason);
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("{}")]
    [InlineData("{\"document_id\":\"not-a-guid\"}")]
    [InlineData("null")]
    public async Task An_unreadable_body_is_dead_lettered_without_retries(string body)
    {
        var reason = await DeadLetterRawAsync(IngestDocument.MessageType, Encoding.UTF8.GetBytes(body));

        Assert.StartsWith("Unreadable body: System.Text.Json.JsonException", reason);
    }

    /// <returns>The reason recorded on the dead letter.</returns>
    private async Task<string> DeadLetterRawAsync(string? type, byte[] body)
    {
        var queue = MessagingTestHost.UniqueQueue("garbage");
        await using var probe = await BrokerProbe.ConnectAsync(servers);
        var recorder = new DeliveryRecorder<IngestDocument>();
        using var host = MessagingTestHost.CreateBuilder(servers, queue, recorder).Build();
        await host.Services.GetRequiredService<MessagingTopology>().EnsureDeclaredAsync(queue, CancellationToken.None);
        await host.StartAsync();
        try
        {
            await probe.PublishRawAsync(queue, type, body);

            var dead = await probe.TakeAsync(QueueNames.DeadLetterOf(queue));
            await host.StopAsync();

            Assert.Empty(recorder.Deliveries);
            Assert.Equal(body, dead.Body.ToArray());
            Assert.Equal(0u, await probe.CountAsync(queue));
            var reason = MessageHeaders.ReadString(dead.BasicProperties.Headers, MessageHeaders.Error);
            Assert.NotNull(reason);
            Assert.Equal(1, MessageHeaders.ReadAttempt(dead.BasicProperties.Headers));
            return reason;
        }
        finally
        {
            await host.StopAsync();
            await probe.DeleteAsync(queue);
        }
    }
}
