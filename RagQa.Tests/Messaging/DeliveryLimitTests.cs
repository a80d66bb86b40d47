using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RagQa.Core.Messaging;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Messaging;

/// <summary>
/// The broker counts deliveries (quorum queues' x-delivery-limit), so a message whose consumer dies before it can
/// acknowledge or count anything — an out-of-memory kill — still reaches the DLQ instead of coming back forever.
/// </summary>
[Collection(LocalServersCollection.Name)]
public sealed class DeliveryLimitTests(LocalServers servers)
{
    // The default: the standard work queues, declared along with each test queue, are shared with the other tests.
    private static readonly int DeliveryLimit = new MessagingOptions().DeliveryLimit;

    [Fact]
    public async Task A_message_whose_consumer_dies_every_time_reaches_the_dead_letter_queue()
    {
        var queue = MessagingTestHost.UniqueQueue("killer");
        await using var probe = await BrokerProbe.ConnectAsync(servers);
        await using var connection = await ConnectAsync();
        try
        {
            await Topology(connection).EnsureDeclaredAsync(queue, CancellationToken.None);
            await probe.PublishRawAsync(queue, IngestDocument.MessageType, "{\"document_id\":\"0d7cd6a6-6a4a-4a4b-9a3c-2b7e3f3f1e01\"}"u8.ToArray());

            var deliveries = 0;
            while (await DieHoldingNextAsync(queue))
            {
                deliveries++;
                Assert.True(deliveries <= DeliveryLimit + 1, "the broker kept redelivering past its limit");
            }

            Assert.Equal(DeliveryLimit + 1, deliveries);
            var dead = await probe.TakeAsync(QueueNames.DeadLetterOf(queue));
            Assert.Equal(IngestDocument.MessageType, dead.BasicProperties.Type);
            Assert.Equal(0u, await probe.CountAsync(queue));
        }
        finally
        {
            await probe.DeleteAsync(queue);
        }
    }

    [Fact]
    public async Task An_empty_classic_queue_from_an_older_version_is_replaced_by_a_quorum_queue()
    {
        var queue = MessagingTestHost.UniqueQueue("upgrade");
        await using var probe = await BrokerProbe.ConnectAsync(servers);
        await using var connection = await ConnectAsync();
        try
        {
            await DeclareClassicAsync(connection, queue);

            await Topology(connection).EnsureDeclaredAsync(queue, CancellationToken.None);

            // Declaring it as a quorum queue now succeeds only if it is one.
            await using var channel = await connection.CreateChannelAsync();
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                arguments: MessagingTopology.WorkQueueArguments(queue, DeliveryLimit));
        }
        finally
        {
            await probe.DeleteAsync(queue);
        }
    }

    [Fact]
    public async Task A_classic_queue_still_holding_messages_stops_start_up_with_what_to_do_and_keeps_them()
    {
        var queue = MessagingTestHost.UniqueQueue("upgrade-busy");
        await using var probe = await BrokerProbe.ConnectAsync(servers);
        await using var connection = await ConnectAsync();
        try
        {
            await DeclareClassicAsync(connection, queue);
            await probe.PublishRawAsync(queue, IngestDocument.MessageType, "{}"u8.ToArray());

            var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => Topology(connection).EnsureDeclaredAsync(queue, CancellationToken.None));

            Assert.Contains("drain", ex.Message);
            Assert.Equal(1u, await probe.CountAsync(queue));
        }
        finally
        {
            await probe.DeleteAsync(queue);
        }
    }

    private Task<IConnection> ConnectAsync() =>
        new ConnectionFactory { Uri = new Uri(servers.RabbitMqConnectionString) }.CreateConnectionAsync();

    private static MessagingTopology Topology(IConnection connection) =>
        new(connection, Options.Create(new MessagingOptions { DeliveryLimit = DeliveryLimit }), NullLogger<MessagingTopology>.Instance);

    /// <summary>A consumer that takes the next message and dies (its connection drops) without acknowledging it; false when none came.</summary>
    private async Task<bool> DieHoldingNextAsync(string queue)
    {
        await using var doomed = await ConnectAsync();
        await using var channel = await doomed.CreateChannelAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (DateTime.UtcNow < deadline)
        {
            if (await channel.BasicGetAsync(queue, autoAck: false) is not null)
            {
                await doomed.AbortAsync();
                return true;
            }
            await Task.Delay(50);
        }
        return false;
    }

    /// <summary>The work queue as versions before quorum queues declared it.</summary>
    private static async Task DeclareClassicAsync(IConnection connection, string queue)
    {
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(QueueNames.DeadLetterOf(queue), durable: true, exclusive: false, autoDelete: false);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: new Dictionary<string, object?>
        {
            ["x-dead-letter-exchange"] = string.Empty,
            ["x-dead-letter-routing-key"] = QueueNames.DeadLetterOf(queue),
        });
    }
}
