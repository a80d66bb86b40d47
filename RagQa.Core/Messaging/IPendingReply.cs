namespace RagQa.Core.Messaging;

/// <summary>A reply being waited for; dispose it to stop waiting.</summary>
public interface IPendingReply : IDisposable
{
    /// <returns>True when the reply arrived within <paramref name="timeout"/>.</returns>
    Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken);
}
