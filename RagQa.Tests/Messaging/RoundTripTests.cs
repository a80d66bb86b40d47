using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
using RagQa.Core.Messaging;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Messaging;

[Collection(LocalServersCollection.Name)]
public sealed class RoundTripTests(LocalServers servers)
{
    private const string TestSourceName = "RagQa.Tests.Messaging";

    [Theory]
    [InlineData(QueueNames.Ingest)]
    [InlineData(QueueNames.Embed)]
    [InlineData(QueueNames.Query)]
    [InlineData(QueueNames.Audit)]
    public async Task A_message_round_trips_through_each_work_queue(string queue)
    {
        switch (queue)
        {
            case QueueNames.Ingest:
                await RoundTripAsync(queue, new IngestDocument(Guid.NewGuid()));
                break;
            case QueueNames.Embed:
                await RoundTripAsync(queue, new EmbedBatch(Guid.NewGuid(), Guid.NewGuid(), [Guid.NewGuid(), Guid.NewGuid()]));
                break;
            case QueueNames.Query:
                await RoundTripAsync(queue, new ProcessQuery(Guid.NewGuid()));
                break;
            case QueueNames.Audit:
                await RoundTripAsync(queue, new AuditEvent(Guid.NewGuid(), "document.deleted", "admin-key:3f2a", "document", "d-42",
                    new Dictionary<string, string> { ["chunks_removed"] = "12", ["motivo"] = "duplicação" }, DateTimeOffset.UtcNow));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(queue), queue, null);
        }
    }

    [Fact]
    public async Task A_reply_wakes_the_waiter_and_a_missing_one_times_out()
    {
        var queue = MessagingTestHost.UniqueQueue("reply");
        await using var probe = await BrokerProbe.ConnectAsync(servers);
        var recorder = new DeliveryRecorder<ProcessQuery>();
        var builder = MessagingTestHost.CreateBuilder(servers);
        builder.Services.AddSingleton(recorder);
        builder.Services.AddMessageHandler<ProcessQuery, ReplyingQueryHandler>(queue);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var listener = host.Services.GetRequiredService<IReplyListener>();
            var publisher = host.Services.GetRequiredService<IMessagePublisher>();
            var address = await listener.GetAddressAsync(CancellationToken.None);

            var answered = Guid.NewGuid().ToString();
            using (var pending = listener.Expect(answered))
            {
                Assert.Throws<InvalidOperationException>(() => listener.Expect(answered));
                await publisher.PublishAsync(queue, new ProcessQuery(Guid.NewGuid()), replyTo: address, correlationId: answered);
                Assert.True(await pending.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None));
            }

            var unanswered = Guid.NewGuid().ToString();
            using (var pending = listener.Expect(unanswered))
            {
                // Without a reply-to the handler still runs, but its reply is a no-op.
                await publisher.PublishAsync(queue, new ProcessQuery(Guid.NewGuid()), correlationId: unanswered);
                var delivery = await recorder.SucceededAsync(unanswered);
                Assert.Null(delivery.Context.ReplyTo);
                // A reply sent after that handler finished comes through the same reply queue, in order: once it is
                // here, a reply to the unanswered message would be here too.
                var later = Guid.NewGuid().ToString();
                using (var laterReply = listener.Expect(later))
                {
                    await publisher.PublishAsync(queue, new ProcessQuery(Guid.NewGuid()), replyTo: address, correlationId: later);
                    Assert.True(await laterReply.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None));
                }
                Assert.False(await pending.WaitAsync(TimeSpan.FromMilliseconds(200), CancellationToken.None));
            }
            Assert.Equal(address, await listener.GetAddressAsync(CancellationToken.None));
        }
        finally
        {
            await host.StopAsync();
            await probe.DeleteAsync(queue);
        }
    }

    [Fact]
    public async Task The_consumer_span_continues_the_publishers_trace()
    {
        var queue = MessagingTestHost.UniqueQueue("trace");
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            // RabbitMQ.Client's own publish span, when traced (Aspire traces it), sits between ours and the consumer's.
            ShouldListenTo = source => source.Name is MessagingTracing.SourceName or TestSourceName or RabbitMQActivitySource.PublisherSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var testSource = new ActivitySource(TestSourceName);
        await using var probe = await BrokerProbe.ConnectAsync(servers);
        var recorder = new DeliveryRecorder<IngestDocument>();
        using var host = MessagingTestHost.CreateBuilder(servers, queue, recorder).Build();
        await host.StartAsync();
        try
        {
            var correlationId = Guid.NewGuid().ToString();
            ActivityTraceId traceId;
            using (var request = testSource.StartActivity("incoming request"))
            {
                Assert.NotNull(request);
                traceId = request.TraceId;
                await host.Services.GetRequiredService<IMessagePublisher>()
                    .PublishAsync(queue, new IngestDocument(Guid.NewGuid()), correlationId: correlationId);
            }

            var delivery = await recorder.SucceededAsync(correlationId);
            // Stopping waits for the delivery to finish, so its span has ended too.
            await host.StopAsync();

            Assert.Equal(traceId, delivery.TraceId);
            var producer = Assert.Single(stopped, a => a.Source.Name == MessagingTracing.SourceName && a.Kind == ActivityKind.Producer && a.DisplayName == $"publish {queue}");
            var consumer = Assert.Single(stopped, a => a.Source.Name == MessagingTracing.SourceName && a.Kind == ActivityKind.Consumer && a.DisplayName == $"process {queue}");
            Assert.Equal(traceId, producer.TraceId);
            Assert.Equal(traceId, consumer.TraceId);
            Assert.True(consumer.ParentSpanId == producer.SpanId
                || stopped.Any(a => a.SpanId == consumer.ParentSpanId && a.ParentSpanId == producer.SpanId),
                "the consumer span's parent is neither the producer span nor a child of it");
            Assert.Equal(queue, consumer.GetTagItem("messaging.destination.name"));
            Assert.Equal("rabbitmq", producer.GetTagItem("messaging.system"));
        }
        finally
        {
            await host.StopAsync();
            await probe.DeleteAsync(queue);
        }
    }

    private async Task RoundTripAsync<TMessage>(string queue, TMessage message) where TMessage : IMessageContract
    {
        await using var probe = await BrokerProbe.ConnectAsync(servers);
        var recorder = new DeliveryRecorder<TMessage>();
        using var host = MessagingTestHost.CreateBuilder(servers, queue, recorder).Build();
        await host.Services.GetRequiredService<MessagingTopology>().EnsureDeclaredAsync(queue, CancellationToken.None);
        await probe.PurgeAsync(queue, QueueNames.DeadLetterOf(queue));
        await host.StartAsync();

        var correlationId = Guid.NewGuid().ToString();
        await host.Services.GetRequiredService<IMessagePublisher>().PublishAsync(queue, message, correlationId: correlationId);
        var delivery = await recorder.SucceededAsync(correlationId);
        await host.StopAsync();

        // Records holding lists compare by reference, so compare what they serialise to.
        Assert.Equal(JsonSerializer.Serialize(message), JsonSerializer.Serialize(delivery.Message));
        Assert.Equal(correlationId, delivery.Context.CorrelationId);
        Assert.Equal(1, delivery.Context.Attempt);
        Assert.NotEmpty(delivery.Context.MessageId);
        Assert.Null(delivery.Context.ReplyTo);
        Assert.Single(recorder.Deliveries);
        Assert.Equal(0u, await probe.CountAsync(queue));
        Assert.Equal(0u, await probe.CountAsync(QueueNames.DeadLetterOf(queue)));
    }
}
