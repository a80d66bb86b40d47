namespace RagQa.Benchmarks.Live;

/// <summary>
/// The connection to an already running system: <c>--api URL</c>, with <c>--key KEY</c> or else the repository's admin
/// key (calls go through a <see cref="ApiClient.RagQaApiClient"/> made over it, as with <see cref="LocalSystem.CreateHttpClient"/>).
/// </summary>
public static class ExternalApi
{
    public static HttpClient CreateHttpClient(BenchmarkArguments arguments, TimeSpan timeout)
    {
        var http = new HttpClient { BaseAddress = new Uri(arguments.Get("api", "")), Timeout = timeout };
        var key = arguments.Get("key", "");
        http.DefaultRequestHeaders.Add("X-Api-Key", key.Length == 0 ? RepositoryPaths.AdminApiKey() : key);
        return http;
    }
}
