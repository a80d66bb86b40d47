using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RagQa.Core.Answering;

namespace RagQa.Benchmarks.Faults;

/// <summary>
/// FAKE of an OpenAI-compatible chat-completions server (loopback, HttpListener) that fails every other call
/// with a 500 — 50 % of calls — for the fault run "the answer model fails half its calls". A call that succeeds
/// answers with the first source of the prompt, cited as [1], so the answer is grounded and passes validation.
/// </summary>
public sealed class FakeFlakyChatModel : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private int _calls;

    private FakeFlakyChatModel(int port)
    {
        Endpoint = $"http://127.0.0.1:{port}/v1";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The base address to configure as <c>Answers:Endpoint</c>.</summary>
    public string Endpoint { get; }

    public int Calls => Volatile.Read(ref _calls);

    public int Failures { get; private set; }

    public static FakeFlakyChatModel Start()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new FakeFlakyChatModel(port);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        using var response = context.Response;
        var body = JsonNode.Parse(await new StreamReader(context.Request.InputStream).ReadToEndAsync())!;
        var call = Interlocked.Increment(ref _calls);
        string json;
        if (call % 2 == 0)
        {
            lock (_listener) Failures++;
            response.StatusCode = 500;
            json = new JsonObject { ["error"] = new JsonObject { ["message"] = "fake failure", ["type"] = "server_error" } }.ToJsonString();
        }
        else
        {
            json = new JsonObject
            {
                ["id"] = "chatcmpl-fake-" + call,
                ["object"] = "chat.completion",
                ["created"] = 1_700_000_000,
                ["model"] = body["model"]?.GetValue<string>(),
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = GroundedAnswer(body) },
                    ["finish_reason"] = "stop",
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 400, ["completion_tokens"] = 40, ["total_tokens"] = 440 },
            }.ToJsonString();
        }
        var bytes = Encoding.UTF8.GetBytes(json);
        response.ContentType = "application/json";
        await response.OutputStream.WriteAsync(bytes);
    }

    /// <summary>The first numbered source of the last user message, cited: "… [1]".</summary>
    private static string GroundedAnswer(JsonNode body)
    {
        var last = body["messages"]!.AsArray().Last(m => m?["role"]?.GetValue<string>() == "user")!["content"];
        var text = last is JsonArray parts ? string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())) : last?.GetValue<string>() ?? "";
        var source = text.Split('\n').FirstOrDefault(l => l.StartsWith("[1] ", StringComparison.Ordinal));
        return source is null ? AnswerPhrases.NotAnswerable(AnswerLanguage.Portuguese) : source[4..].Trim() + " [1]";
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
