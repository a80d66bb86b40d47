using Microsoft.Extensions.AI;
using Polly;

namespace RagQa.Core.Answering;

/// <summary>
/// Runs each chat call through a retry pipeline (<see cref="ChatRetry"/>). Streaming calls pass through: a
/// half-streamed answer cannot be replayed.
/// </summary>
public sealed class RetryingChatClient(IChatClient inner, ResiliencePipeline retry) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Materialised: every attempt enumerates the conversation again.
        var conversation = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        return await retry.ExecuteAsync(
            async token => await base.GetResponseAsync(conversation, options, token), cancellationToken);
    }
}
