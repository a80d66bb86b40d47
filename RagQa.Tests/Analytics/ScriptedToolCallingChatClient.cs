using System.Text.Json;
using Microsoft.Extensions.AI;
using RagQa.Core.Analytics.Tools;

namespace RagQa.Tests.Analytics;

/// <summary>
/// A fake of a paid chat API (OpenAI, Azure OpenAI) that plays a script, so the function-invocation loop runs for real
/// without a model: its first turn asks for the scripted tool calls (arguments as the JSON a model would send), and its
/// next turn, having read the tools' results, answers with the text <c>answer</c> writes from them. With no scripted
/// call it answers at once, as a model that skips the tools would. It refuses a tool it was not offered.
/// </summary>
internal sealed class ScriptedToolCallingChatClient(IReadOnlyList<(string Tool, string Arguments)> calls, Func<IReadOnlyList<JsonElement>, string> answer)
    : IChatClient
{
    /// <summary>The tools offered on each turn.</summary>
    public List<IReadOnlyList<string>> OfferedTools { get; } = [];

    /// <summary>The tool results the answer was written from.</summary>
    public IReadOnlyList<JsonElement> Results { get; private set; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var conversation = messages.ToList();
        var offered = options?.Tools?.Select(t => t.Name).ToList() ?? [];
        OfferedTools.Add(offered);
        var results = conversation.SelectMany(m => m.Contents).OfType<FunctionResultContent>().ToList();
        if (results.Count == 0 && calls.Count > 0)
        {
            var requested = calls.Select((call, i) =>
            {
                if (!offered.Contains(call.Tool)) throw new InvalidOperationException($"The tool '{call.Tool}' was not offered.");
                return (AIContent)new FunctionCallContent($"call-{i}", call.Tool, JsonSerializer.Deserialize<Dictionary<string, object?>>(call.Arguments));
            }).ToList();
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, requested)) { ModelId = "scripted-model" });
        }
        Results = results.Select(r => r.Result is JsonElement element ? element : JsonSerializer.SerializeToElement(r.Result, AnalysisToolSet.Json)).ToList();
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer(Results)))
        {
            ModelId = "scripted-model",
            Usage = new UsageDetails { InputTokenCount = 200, OutputTokenCount = 40 },
        });
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose() { }
}
