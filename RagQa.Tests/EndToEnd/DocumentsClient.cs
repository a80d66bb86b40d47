using System.Net.Http.Headers;
using System.Text.Json;

namespace RagQa.Tests.EndToEnd;

/// <summary>Calls the admin document endpoints of a running application the way an administrator's script would.</summary>
public sealed class DocumentsClient(HttpClient api, string adminApiKey)
{
    /// <param name="headers">More request headers, e.g. a caller's <c>traceparent</c>.</param>
    public async Task<HttpResponseMessage> UploadAsync(Stream content, string filename, string? collection = "olist_reviews", string? apiKey = null,
        IReadOnlyDictionary<string, string>? fields = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var form = new MultipartFormDataContent();
        if (collection is not null) form.Add(new StringContent(collection), "collection");
        foreach (var (name, value) in fields ?? new Dictionary<string, string>()) form.Add(new StringContent(value), name);
        var file = new StreamContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", filename);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/documents") { Content = form };
        if ((apiKey ?? adminApiKey).Length > 0) request.Headers.Add("X-Api-Key", apiKey ?? adminApiKey);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.Add(name, value);
        return await api.SendAsync(request);
    }

    public async Task<JsonElement> GetAsync(Guid documentId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/documents/{documentId}");
        request.Headers.Add("X-Api-Key", adminApiKey);
        using var response = await api.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async Task<HttpResponseMessage> DeleteAsync(Guid documentId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/documents/{documentId}");
        request.Headers.Add("X-Api-Key", adminApiKey);
        return await api.SendAsync(request);
    }

    /// <summary>Polls the document until it is indexed or failed, or the timeout passes.</summary>
    public async Task<JsonElement> WaitUntilSettledAsync(Guid documentId, TimeSpan timeout, Func<JsonElement, bool>? stopEarly = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var document = await GetAsync(documentId);
            var status = document.GetProperty("status").GetString();
            if (status is "indexed" or "failed" || stopEarly?.Invoke(document) == true) return document;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Document {documentId} did not settle within {timeout}: {document}");
            await Task.Delay(250);
        }
    }

    public static async Task<Guid> DocumentIdOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("document_id").GetGuid();
}
