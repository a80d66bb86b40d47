namespace RagQa.Benchmarks.Live;

/// <summary>A client of an already running system: <c>--api URL</c>, with <c>--key KEY</c> or else the repository's admin key.</summary>
public static class ExternalApi
{
    public static HttpClient CreateClient(BenchmarkArguments arguments, TimeSpan timeout)
    {
        var http = new HttpClient { BaseAddress = new Uri(arguments.Get("api", "")), Timeout = timeout };
        var key = arguments.Get("key", "");
        http.DefaultRequestHeaders.Add("X-Api-Key", key.Length == 0 ? RepositoryPaths.AdminApiKey() : key);
        return http;
    }
}
