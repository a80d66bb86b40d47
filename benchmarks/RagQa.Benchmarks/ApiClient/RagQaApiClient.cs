using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RagQa.Benchmarks.ApiClient;

/// <summary>Hand-written half of the client generated from contracts/openapi.json (obj/RagQaApiClient.g.cs).</summary>
public partial class RagQaApiClient
{
    /// <summary>Runs on every request this client sends, before it goes out (e.g. to add a <c>traceparent</c> header).</summary>
    public Action<HttpRequestMessage>? OnRequest { get; init; }

    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url) => OnRequest?.Invoke(request);

    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings)
    {
        // Optional request fields left unset are left out, as a hand-written body would (not sent as null).
        settings.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        // The generator puts a string-enum converter only on inline enums; a property that refers to a shared enum
        // schema (QueryView.status → QueryStatus, EscalationView.status, …) would otherwise be read as a number and
        // "answered" would not deserialize. Every contract enum value is the snake_case of its generated member name.
        settings.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }

    /// <summary>
    /// The contract's spelling of a generated enum value (<c>pending</c>, <c>prompt_injection</c>): the generated enums
    /// serialize under their C# names, so compare and record these rather than a JSON round trip.
    /// </summary>
    public static string WireName<T>(T value) where T : struct, Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? value.ToString();
}
