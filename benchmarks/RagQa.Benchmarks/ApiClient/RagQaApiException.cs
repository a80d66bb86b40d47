namespace RagQa.Benchmarks.ApiClient;

/// <summary>Hand-written half of the generated exception (obj/RagQaApiClient.g.cs).</summary>
public partial class RagQaApiException
{
    /// <summary>The problem's stable <c>code</c> as the contract spells it (<c>rate_limited</c>), when the response was a documented problem.</summary>
    public string? ProblemCode => this is RagQaApiException<ProblemDetails> problem ? RagQaApiClient.WireName(problem.Result.Code) : null;

    /// <summary>The first value of a response or content header (e.g. <c>Retry-After</c>, <c>Content-Type</c>), by case-insensitive name.</summary>
    public string? Header(string name) => RagQaApiResponse.FirstValue(Headers, name);
}
