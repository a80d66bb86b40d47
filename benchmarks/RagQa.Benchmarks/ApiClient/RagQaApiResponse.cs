namespace RagQa.Benchmarks.ApiClient;

/// <summary>
/// Hand-written half of the generated response wrapper (obj/RagQaApiClient.g.cs), which the operations named in
/// RagQa.Benchmarks.csproj (<c>RagQaWrappedOperations</c>) return: their callers need the status and headers of a success.
/// </summary>
public partial class RagQaApiResponse
{
    /// <summary>The first value of a response or content header (e.g. <c>Location</c>), by case-insensitive name.</summary>
    public string? Header(string name) => FirstValue(Headers, name);

    internal static string? FirstValue(IReadOnlyDictionary<string, IEnumerable<string>>? headers, string name) =>
        headers?.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
