using System.Net.Sockets;
using RabbitMQ.Client.Exceptions;

namespace RagQa.Core.Messaging;

/// <summary>
/// The broker did not take a message: it is unreachable, the connection is recovering, or it refused the message.
/// Nothing was queued; the caller can safely try again later (the API answers 503 with Retry-After).
/// </summary>
public sealed class BrokerUnavailableException(string queue, Exception innerException)
    : Exception($"The message broker did not accept the message for queue '{queue}': {innerException.Message}", innerException)
{
    public string Queue { get; } = queue;

    /// <summary>Whether the client library's exception means the broker is unreachable or did not take the message.</summary>
    public static bool IsBrokerFailure(Exception exception) =>
        exception is RabbitMQClientException or IOException or SocketException or TimeoutException;
}
