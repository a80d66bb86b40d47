using RagQa.Core.Messaging;

namespace RagQa.Tests.Answering;

/// <summary>Remembers the replies a handler sends instead of putting them on a broker (the broker path has its own tests).</summary>
internal sealed class RecordingReplySender : IReplySender
{
    private readonly List<object> replies = [];

    public IReadOnlyList<object> Replies
    {
        get
        {
            lock (replies) return replies.ToList();
        }
    }

    public Task ReplyAsync<TMessage>(MessageContext request, TMessage reply, CancellationToken cancellationToken) where TMessage : IMessageContract
    {
        lock (replies) replies.Add(reply);
        return Task.CompletedTask;
    }
}
