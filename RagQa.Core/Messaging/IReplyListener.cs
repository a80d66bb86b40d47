namespace RagQa.Core.Messaging;

/// <summary>
/// This process's own reply queue (exclusive, server-named). A caller registers interest in a correlation
/// id before it publishes the request, then waits for the reply with a timeout.
/// </summary>
public interface IReplyListener
{
    /// <summary>The queue name to send as the request's reply-to address.</summary>
    Task<string> GetAddressAsync(CancellationToken cancellationToken);

    IPendingReply Expect(string correlationId);
}
