using RabbitMQ.Client;
using RagQa.Core.Messaging;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Messaging;

/// <summary>A plain client connection for looking at (and tampering with) queues behind the messaging layer's back.</summary>
internal sealed class BrokerProbe : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly IConnection _connection;

    private BrokerProbe(IConnection connection) => _connection = connection;

    public static async Task<BrokerProbe> ConnectAsync(LocalServers servers)
    {
        var factory = new ConnectionFactory { Uri = new Uri(servers.RabbitMqConnectionString) };
        return new BrokerProbe(await factory.CreateConnectionAsync());
    }

    /// <summary>Takes the next message off <paramref name="queue"/>, waiting for one to arrive.</summary>
    public async Task<BasicGetResult> TakeAsync(string queue)
    {
        await using var channel = await _connection.CreateChannelAsync();
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var result = await channel.BasicGetAsync(queue, autoAck: true);
            if (result is not null) return result;
            await Task.Delay(50);
        }
        throw new TimeoutException($"No message arrived in {queue} within {Patience}");
    }

    public async Task<uint> CountAsync(string queue)
    {
        await using var channel = await _connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
    }

    public async Task PurgeAsync(params string[] queues)
    {
        await using var channel = await _connection.CreateChannelAsync();
        foreach (var queue in queues) await channel.QueuePurgeAsync(queue);
    }

    /// <summary>Deletes test queues and their dead-letter queues.</summary>
    public async Task DeleteAsync(params string[] queues)
    {
        await using var channel = await _connection.CreateChannelAsync();
        foreach (var queue in queues)
        {
            await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
            await channel.QueueDeleteAsync(QueueNames.DeadLetterOf(queue), ifUnused: false, ifEmpty: false);
        }
    }

    /// <summary>Publishes bytes as some other, careless producer would.</summary>
    public async Task PublishRawAsync(string queue, string? type, byte[] body)
    {
        await using var channel = await _connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        var properties = new BasicProperties { MessageId = Guid.NewGuid().ToString(), Type = type, DeliveryMode = DeliveryModes.Persistent };
        await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, body);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
