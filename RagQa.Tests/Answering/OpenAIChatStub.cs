using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Answering;

/// <summary>
/// STUB standing in for the paid OpenAI / Azure OpenAI / Ollama chat-completions API: a <see cref="LoopbackStubServer"/>
/// (real Kestrel on 127.0.0.1) that plays back scripted replies in order — an answer text, or an HTTP error — and
/// records each request. The last reply repeats once the script is used up.
/// </summary>
public sealed class OpenAIChatStub : IAsyncDisposable
{
    private readonly List<RecordedRequest> requests = [];
    private readonly Queue<Reply> script;
    private Reply last;
    private LoopbackStubServer? server;

    private OpenAIChatStub(IEnumerable<Reply> replies)
    {
        script = new Queue<Reply>(replies);
        last = script.Peek();
    }

    public string BaseAddress => server!.BaseAddress;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (requests) return requests.ToList();
        }
    }

    public static async Task<OpenAIChatStub> StartAsync(params Reply[] replies)
    {
        var stub = new OpenAIChatStub(replies);
        stub.server = await LoopbackStubServer.StartAsync(stub.HandleAsync);
        return stub;
    }

    public ValueTask DisposeAsync() => server!.DisposeAsync();

    /// <summary>A 200 with this assistant message and token usage 120 in / 30 out.</summary>
    public static Reply Answer(string text) => new(200, text, RetryAfterSeconds: null);

    public static Reply Error(int status, int? retryAfterSeconds = null) => new(status, null, retryAfterSeconds);

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        var messages = body["messages"]!.AsArray()
            .Select(m => new RecordedMessage(m!["role"]!.GetValue<string>(), Content(m["content"])))
            .ToList();
        Reply reply;
        lock (requests)
        {
            requests.Add(new RecordedRequest(request.Path, body["model"]?.GetValue<string>(), messages,
                request.Headers.Authorization.ToString(), request.Headers["api-key"].ToString(), body.Select(p => p.Key).ToList()));
            reply = last = script.Count > 0 ? script.Dequeue() : last;
        }
        if (!request.Path.Value!.EndsWith("/chat/completions", StringComparison.Ordinal)) return Results.NotFound();
        if (reply.Status != 200)
        {
            if (reply.RetryAfterSeconds is { } seconds) request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var error = new JsonObject { ["error"] = new JsonObject { ["message"] = $"stub error {reply.Status}", ["type"] = "stub_error" } };
            return Results.Text(error.ToJsonString(), "application/json", statusCode: reply.Status);
        }
        var response = new JsonObject
        {
            ["id"] = "chatcmpl-stub-" + requests.Count,
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = body["model"]?.GetValue<string>(),
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Text },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 120, ["completion_tokens"] = 30, ["total_tokens"] = 150 },
        };
        return Results.Text(response.ToJsonString(), "application/json");
    }

    /// <summary>Message content as plain text, whether sent as a string or as an array of text parts.</summary>
    private static string Content(JsonNode? content) => content switch
    {
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? "")),
        null => "",
        var text => text.GetValue<string>(),
    };

    public sealed record Reply(int Status, string? Text, int? RetryAfterSeconds);

    public sealed record RecordedMessage(string Role, string Content);

    public sealed record RecordedRequest(
        string Path, string? Model, IReadOnlyList<RecordedMessage> Messages, string Authorization, string ApiKey, IReadOnlyList<string> Fields);
}
