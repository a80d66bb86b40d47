using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RagQa.Core.Messaging;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Messaging;

[Collection(LocalServersCollection.Name)]
public sealed class ResilienceTests(LocalServers servers)
{
    [Fact]
    public async Task Publisher_and_consumer_carry_on_after_the_connection_drops()
    {
        await using var proxy = StartProxy();
        await BehindProxyAsync(proxy, "reconnect", async (publisher, queue, recorder) =>
        {
            await publisher.PublishAsync(queue, new IngestDocument(Guid.NewGuid()), correlationId: "before");
            await recorder.SucceededAsync("before");

            proxy.DropConnections();

            await PublishUntilAcceptedAsync(publisher, queue, "after");
            var after = await recorder.SucceededAsync("after");
            Assert.Equal(1, after.Context.Attempt);
        });
    }

    [Fact]
    public async Task A_consumer_whose_queue_is_deleted_declares_it_again_and_carries_on()
    {
        var queue = MessagingTestHost.UniqueQueue("deleted");
        await using var probe = await BrokerProbe.ConnectAsync(servers);
        var recorder = new DeliveryRecorder<IngestDocument>();
        using var host = MessagingTestHost.CreateBuilder(servers, queue, recorder).Build();
        await host.StartAsync();
        try
        {
            var publisher = host.Services.GetRequiredService<IMessagePublisher>();
            await publisher.PublishAsync(queue, new IngestDocument(Guid.NewGuid()), correlationId: "before");
            await recorder.SucceededAsync("before");

            await probe.DeleteAsync(queue);

            await PublishUntilAcceptedAsync(publisher, queue, "after");
            await recorder.SucceededAsync("after");
        }
        finally
        {
            await host.StopAsync();
            await probe.DeleteAsync(queue);
        }
    }

    [Fact]
    public async Task Publishing_while_the_broker_is_unreachable_fails_with_BrokerUnavailableException()
    {
        var proxy = StartProxy();
        await BehindProxyAsync(proxy, "unreachable", async (publisher, queue, _) =>
        {
            await publisher.PublishAsync(queue, new IngestDocument(Guid.NewGuid()), correlationId: "before");

            await proxy.DisposeAsync();

            var failure = await Assert.ThrowsAsync<BrokerUnavailableException>(
                () => publisher.PublishAsync(queue, new IngestDocument(Guid.NewGuid()), correlationId: "while-down"));
            Assert.Equal(queue, failure.Queue);
            Assert.NotNull(failure.InnerException);
        });
    }

    private TcpProxy StartProxy()
    {
        var broker = new Uri(servers.RabbitMqConnectionString);
        return TcpProxy.Start(broker.Host, broker.Port);
    }

    /// <summary>Runs <paramref name="test"/> against a messaging host whose broker connection goes through <paramref name="proxy"/>.</summary>
    private async Task BehindProxyAsync(TcpProxy proxy, string name, Func<IMessagePublisher, string, DeliveryRecorder<IngestDocument>, Task> test)
    {
        var queue = MessagingTestHost.UniqueQueue(name);
        await using var probe = await BrokerProbe.ConnectAsync(servers);
        var recorder = new DeliveryRecorder<IngestDocument>();
        using var host = MessagingTestHost.CreateBuilder(servers, queue, recorder, new UriBuilder(servers.RabbitMqConnectionString) { Port = proxy.Port }.Uri.ToString()).Build();
        await host.StartAsync();
        try
        {
            await test(host.Services.GetRequiredService<IMessagePublisher>(), queue, recorder);
        }
        finally
        {
            await host.StopAsync();
            await probe.DeleteAsync(queue);
        }
    }

    /// <summary>Publishing fails while the connection recovers or the queue is missing; a caller would retry.</summary>
    private static async Task PublishUntilAcceptedAsync(IMessagePublisher publisher, string queue, string correlationId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await publisher.PublishAsync(queue, new IngestDocument(Guid.NewGuid()), correlationId: correlationId);
                return;
            }
            catch (BrokerUnavailableException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
