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

    /// <summary>
    /// Sent as <c>X-Api-Key</c> on every request when set (the contract's <c>ApiKey</c> scheme: admin routes need it,
    /// <c>POST /query</c> counts its rate limit by it). Unset, the <see cref="HttpClient"/>'s own default headers apply.
    /// </summary>
    public string? ApiKey { get; init; }

    /// <summary>
    /// Sent as <c>X-Query-Token</c> when set: the <c>access_token</c> an anonymous asker got from <c>POST /query</c>, which
    /// lets it read the query back and escalate it (the contract's <c>QueryToken</c> scheme; NSwag sends no security
    /// scheme's header by itself).
    /// </summary>
    public string? QueryToken { get; init; }

    /// <summary>The same client (connection, key, <see cref="OnRequest"/>) acting as the anonymous asker of one query.</summary>
    public RagQaApiClient AsAsker(string? queryToken) => new(_httpClient) { ApiKey = ApiKey, OnRequest = OnRequest, QueryToken = queryToken };

    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
    {
        if (!string.IsNullOrEmpty(ApiKey)) request.Headers.Add("X-Api-Key", ApiKey);
        if (!string.IsNullOrEmpty(QueryToken)) request.Headers.Add("X-Query-Token", QueryToken);
        OnRequest?.Invoke(request);
    }

    /// <summary><c>POST /documents</c> (operation <c>UploadDocument</c>) with the form an <see cref="DocumentUpload"/> holds.</summary>
    public Task<RagQaApiResponse<DocumentResponse>> UploadDocumentAsync(DocumentUpload upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return UploadDocumentAsync(upload.Collection, upload.TextColumns, upload.IdColumn, upload.MetadataColumns,
            new FileParameter(upload.Content, upload.FileName, upload.ContentType), cancellationToken);
    }

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
