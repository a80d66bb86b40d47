using RagQa.Core.Answering;

namespace RagQa.Api.Model;

/// <summary>202 body of POST /query when the worker has not answered within the sync timeout.</summary>
public sealed record QueryAccepted(Guid QueryId, QueryStatus Status, string StatusUrl)
{
    /// <summary>For an anonymous asker: send it as <c>X-Query-Token</c> to poll the status URL and to escalate (shown once).</summary>
    public string? AccessToken { get; init; }
}
