using System.Collections.Concurrent;
using RagQa.Benchmarks.ApiClient;

namespace RagQa.Tests.EndToEnd;

/// <summary>
/// The calls the escalation tests make against the running api, through the client generated from
/// contracts/openapi.json, with the admin key where a route needs it (another key, or none, where a test says so);
/// questions are asked anonymously and read back and escalated with their access tokens, as their asker would.
/// A documented problem arrives as <see cref="RagQaApiException{ProblemDetails}"/> (see <see cref="ProblemAssert.ThrowsAsync"/>).
/// </summary>
internal sealed class EscalationsClient(AppHostFixture fixture)
{
    private readonly ConcurrentDictionary<Guid, string?> _accessTokens = new();
    private readonly RagQaApiClient _agent = new(fixture.Api) { ApiKey = fixture.AdminApiKey };

    /// <summary>Asks a question and returns the answered query (the answer, its confidence and its escalation).</summary>
    public async Task<QueryView> AskAsync(string question)
    {
        var outcome = await QueryCalls.AskAsync(fixture.Api, question);
        Assert.Equal(QueryStatus.Answered, outcome.Query.Status);
        _accessTokens[outcome.Query.Query_id] = outcome.AccessToken;
        return outcome.Query;
    }

    /// <summary>GET /query/{id} as its asker.</summary>
    public Task<QueryView> GetQueryAsync(Guid queryId) => Asker(queryId).GetQueryAsync(queryId);

    /// <summary><c>POST /query/{id}/escalate</c> as its asker: 201 with a new escalation, 200 with the existing one.</summary>
    public Task<RagQaApiResponse<QueryEscalation>> EscalateAsync(Guid queryId) => Asker(queryId).EscalateQueryAsync(queryId);

    /// <summary><c>GET /escalations</c>; <paramref name="status"/> and <paramref name="priority"/> take comma-separated lists.</summary>
    public Task<EscalationPage> ListAsync(string? status = null, string? priority = null, int? pageSize = null, string? apiKey = null) =>
        Agent(apiKey).ListEscalationsAsync(status, priority, null, pageSize);

    public Task<EscalationView> GetAsync(Guid escalationId) => _agent.GetEscalationAsync(escalationId);

    public Task<EscalationView> AssignAsync(Guid escalationId, string assignee, string? apiKey = null) =>
        Agent(apiKey).AssignEscalationAsync(escalationId, new AssignRequest { Assignee = assignee });

    public Task<EscalationView> ResolveAsync(Guid escalationId, string resolution) =>
        _agent.ResolveEscalationAsync(escalationId, new ResolveRequest { Resolution = resolution });

    /// <summary>The anonymous asker of a query: no key, the query's access token (none for a query this client did not ask).</summary>
    private RagQaApiClient Asker(Guid queryId) => new(fixture.Api) { QueryToken = _accessTokens.GetValueOrDefault(queryId) };

    /// <summary>The agent's client with the admin key, or with <paramref name="apiKey"/> instead (<c>""</c>: no key).</summary>
    private RagQaApiClient Agent(string? apiKey) => apiKey is null ? _agent : new RagQaApiClient(fixture.Api) { ApiKey = apiKey };
}
