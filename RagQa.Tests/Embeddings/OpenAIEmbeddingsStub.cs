using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Embeddings;

/// <summary>
/// STUB standing in for the paid OpenAI / Azure OpenAI / Ollama embeddings API: a <see cref="LoopbackStubServer"/>
/// (real Kestrel on 127.0.0.1) that answers POST …/embeddings with canned vectors (component j of input i is i + j/10, or
/// <c>returnedDimensions</c> components) and records each request, to prove the client wiring end to end.
/// </summary>
public sealed class OpenAIEmbeddingsStub : IAsyncDisposable
{
    private readonly List<RecordedRequest> requests = [];
    private LoopbackStubServer? server;

    public string BaseAddress => server!.BaseAddress;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (requests) return requests.ToList();
        }
    }

    public static async Task<OpenAIEmbeddingsStub> StartAsync(int returnedDimensions)
    {
        var stub = new OpenAIEmbeddingsStub();
        stub.server = await LoopbackStubServer.StartAsync(request => stub.HandleAsync(request, returnedDimensions));
        return stub;
    }

    public ValueTask DisposeAsync() => server!.DisposeAsync();

    private async Task<IResult> HandleAsync(HttpRequest request, int dimensions)
    {
        var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        var inputs = body["input"] switch
        {
            JsonArray array => array.Select(i => i!.GetValue<string>()).ToList(),
            var single => [single!.GetValue<string>()],
        };
        var recorded = new RecordedRequest(
            request.Path,
            body["model"]?.GetValue<string>(),
            inputs,
            body["dimensions"]?.GetValue<int>(),
            request.Headers.Authorization.ToString(),
            request.Headers["api-key"].ToString(),
            body.Select(p => p.Key).ToList());
        lock (requests) requests.Add(recorded);
        if (!request.Path.Value!.EndsWith("/embeddings", StringComparison.Ordinal)) return Results.NotFound();

        var base64 = body["encoding_format"]?.GetValue<string>() == "base64";
        var data = new JsonArray();
        for (var i = 0; i < inputs.Count; i++)
        {
            var vector = CannedVector(i, dimensions);
            JsonNode embedding = base64
                ? JsonValue.Create(Convert.ToBase64String(vector.SelectMany(BitConverter.GetBytes).ToArray()))
                : new JsonArray(vector.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
            data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
        }
        var response = new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = recorded.Model,
            ["usage"] = new JsonObject { ["prompt_tokens"] = inputs.Count * 3, ["total_tokens"] = inputs.Count * 3 },
        };
        return Results.Text(response.ToJsonString(), "application/json");
    }

    public static float[] CannedVector(int index, int dimensions) =>
        Enumerable.Range(0, dimensions).Select(j => index + j / 10f).ToArray();

    public sealed record RecordedRequest(
        string Path, string? Model, IReadOnlyList<string> Inputs, int? Dimensions, string Authorization, string ApiKey, IReadOnlyList<string> Fields);
}
