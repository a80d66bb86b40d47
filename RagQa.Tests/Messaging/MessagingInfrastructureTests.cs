using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using RagQa.Core.Messaging;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Messaging;

[Collection(LocalServersCollection.Name)]
public sealed class MessagingInfrastructureTests(LocalServers servers)
{
    [Fact]
    public async Task Queue_depth_counts_waiting_messages_and_consumers()
    {
        var queue = MessagingTestHost.UniqueQueue("depth");
        await using var probe = await BrokerProbe.ConnectAsync(servers);
        using var publisherHost = MessagingTestHost.CreateBuilder(servers).Build();
        await publisherHost.StartAsync();
        var recorder = new DeliveryRecorder<IngestDocument>();
        using var consumerHost = MessagingTestHost.CreateBuilder(servers, queue, recorder).Build();
        try
        {
            var publisher = publisherHost.Services.GetRequiredService<IMessagePublisher>();
            var reader = publisherHost.Services.GetRequiredService<QueueDepthReader>();
            await publisher.PublishAsync(queue, new IngestDocument(Guid.NewGuid()), correlationId: "depth-1");
            await publisher.PublishAsync(queue, new IngestDocument(Guid.NewGuid()), correlationId: "depth-2");

            Assert.Equal(new QueueDepth(queue, 2, 0), await reader.ReadAsync(queue, CancellationToken.None));

            await consumerHost.StartAsync();
            await recorder.SucceededAsync("depth-1");
            await recorder.SucceededAsync("depth-2");
            Assert.Equal(1, (await reader.ReadAsync(queue, CancellationToken.None)).Consumers);

            var all = await reader.ReadAllAsync(CancellationToken.None);
            Assert.Equal(QueueDepthReader.MonitoredQueues, all.Select(d => d.Queue));
            await Assert.ThrowsAnyAsync<Exception>(() => reader.ReadAsync("no-such-queue-" + Guid.NewGuid(), CancellationToken.None));
            // The failed passive declare closed the reader's channel; the next read opens another.
            Assert.Equal(queue, (await reader.ReadAsync(queue, CancellationToken.None)).Queue);
        }
        finally
        {
            await consumerHost.StopAsync();
            await publisherHost.StopAsync();
            await probe.DeleteAsync(queue);
        }
    }

    [Fact]
    public async Task Queue_gauges_report_every_monitored_queue()
    {
        using var host = MessagingTestHost.CreateBuilder(servers).Build();
        await host.StartAsync();
        var observed = new ConcurrentDictionary<(string Instrument, string Queue), long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == MessagingMetrics.MeterName && instrument.Name.StartsWith("ragqa.queue.", StringComparison.Ordinal))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "queue") observed[(instrument.Name, (string)tag.Value!)] = value;
            }
        });
        listener.Start();
        try
        {
            // The first collection starts a refresh in the background; later ones see its snapshot.
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!observed.ContainsKey(("ragqa.queue.depth", QueueNames.Audit + ".dlq")) && DateTime.UtcNow < deadline)
            {
                listener.RecordObservableInstruments();
                await Task.Delay(50);
            }

            foreach (var queue in QueueDepthReader.MonitoredQueues)
            {
                Assert.True(observed.ContainsKey(("ragqa.queue.depth", queue)), $"no depth for {queue}");
                Assert.True(observed.ContainsKey(("ragqa.queue.consumers", queue)), $"no consumer count for {queue}");
            }
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task One_rabbitmq_health_check_reports_the_connection()
    {
        using var host = MessagingTestHost.CreateBuilder(servers).Build();
        await host.StartAsync();
        try
        {
            var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

            var entry = Assert.Single(report.Entries, e => e.Key.Contains("rabbit", StringComparison.OrdinalIgnoreCase));
            Assert.Equal("rabbitmq", entry.Key);
            Assert.Equal(HealthStatus.Healthy, entry.Value.Status);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
