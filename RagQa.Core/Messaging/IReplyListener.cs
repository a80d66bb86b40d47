namespace RagQa.Core.Messaging;

/// <summary>
/// This process's own reply queue (exclusive, auto-delete, server-named, declared on first use). A caller
/// registers interest in a correlation id before it publishes the request, then waits for the reply with
/// a timeout. After a reconnect the queue may have a new name, so ask for the address per request.
/// </summary>
public interface IReplyListener
{
    /// <summary>The queue name to send as the request's reply-to address.</summary>
    Task<string> GetAddressAsync(CancellationToken cancellationToken);

    /// <exception cref="InvalidOperationException">A reply with this correlation id is already awaited.</exception>
    IPendingReply Expect(string correlationId);
}
