using RagQa.Benchmarks.ApiClient;

namespace RagQa.Tests.EndToEnd;

/// <summary>
/// Calls the admin document endpoints of a running application the way an administrator's script would: through the
/// client generated from contracts/openapi.json, with the admin key (or another, or none, where a test says so).
/// </summary>
public sealed class DocumentsClient(HttpClient api, string adminApiKey)
{
    private readonly RagQaApiClient _client = new(api) { ApiKey = adminApiKey };

    /// <summary>
    /// <c>POST /documents</c>: 202 with a new document, 200 with the one that already holds these bytes (the status and
    /// the headers are in the result); a documented problem throws <see cref="RagQaApiException{ProblemDetails}"/>.
    /// </summary>
    /// <param name="apiKey">Another key than the admin key; <c>""</c> sends none.</param>
    /// <param name="prepare">Changes the request before it goes out, e.g. adds a caller's <c>traceparent</c>.</param>
    public Task<RagQaApiResponse<DocumentResponse>> UploadAsync(DocumentUpload upload, string? apiKey = null, Action<HttpRequestMessage>? prepare = null) =>
        new RagQaApiClient(api) { ApiKey = apiKey ?? adminApiKey, OnRequest = prepare }.UploadDocumentAsync(upload);

    /// <summary>
    /// The same upload as a hand-sent request, for a test that reads the response's bytes and headers themselves
    /// (<see cref="PiiSweepTests"/>: the client would decode and re-encode them).
    /// </summary>
    public async Task<HttpResponseMessage> UploadOnTheWireAsync(DocumentUpload upload)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/documents") { Content = upload.ToForm() };
        request.Headers.Add("X-Api-Key", adminApiKey);
        return await api.SendAsync(request);
    }

    public Task<DocumentResponse> GetAsync(Guid documentId) => _client.GetDocumentAsync(documentId);

    /// <summary><c>DELETE /documents/{id}</c>: 204; an unknown id throws the documented 404 problem.</summary>
    public Task DeleteAsync(Guid documentId) => _client.DeleteDocumentAsync(documentId);

    /// <summary>Polls the document until it is indexed or failed, or the timeout passes.</summary>
    public async Task<DocumentResponse> WaitUntilSettledAsync(Guid documentId, TimeSpan timeout, Func<DocumentResponse, bool>? stopEarly = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var document = await GetAsync(documentId);
            if (document.Status is DocumentStatus.Indexed or DocumentStatus.Failed || stopEarly?.Invoke(document) == true) return document;
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Document {documentId} did not settle within {timeout}: {RagQaApiClient.WireName(document.Status)}, " +
                    $"{document.Chunks_embedded}/{document.Chunks_total} chunks embedded, error {document.Error ?? "none"}");
            }
            await Task.Delay(250);
        }
    }
}
