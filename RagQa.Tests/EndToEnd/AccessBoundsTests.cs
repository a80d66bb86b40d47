using System.Net;
using System.Net.Http.Headers;
using System.Text;
using RagQa.Benchmarks.ApiClient;

namespace RagQa.Tests.EndToEnd;

/// <summary>
/// Issue #19 through the running application: key roles (items 1), private collections (2), query owners (3), request
/// bounds (4), the rate limit of /search (5) and paging and multipart errors as 400 (7). The calls a key is allowed to
/// make go through the generated client; the refusals (a role, a collection or a query the caller may not reach, bodies
/// and pages out of bounds, a cut multipart body) are sent by hand, as the checks under test.
/// </summary>
[Collection(BulkIngestionCollection.Name)]
public sealed class AccessBoundsTests(BulkIngestionAppHostFixture fixture)
{
    private readonly AdminCalls _calls = new(fixture.Api, fixture.AdminApiKey);

    private async Task<(Guid Id, string Key)> CreateKeyAsync(string apiKey, CreateApiKeyRequest body)
    {
        var created = await _calls.Client(apiKey).CreateApiKeyAsync(body);
        Assert.Equal((int)HttpStatusCode.Created, created.StatusCode);
        return (created.Result.Id, created.Result.Key);
    }

    [Fact]
    public async Task A_key_only_reaches_the_routes_of_its_roles_and_cannot_mint_more_rights()
    {
        var (_, agent) = await CreateKeyAsync(fixture.AdminApiKey, new CreateApiKeyRequest { Name = "agents", Roles = ["agent"] });
        var (_, partner) = await CreateKeyAsync(fixture.AdminApiKey, new CreateApiKeyRequest { Name = "partner", Rate_limit = 5 });
        var (_, limitedAdmin) = await CreateKeyAsync(fixture.AdminApiKey, new CreateApiKeyRequest { Name = "limited admin", Roles = ["admin"], Rate_limit = 5 });

        await _calls.Client(agent).ListEscalationsAsync(null, null, null, null); // 200: the agent role
        foreach (var route in new[] { "/audit", "/api-keys", "/documents" })
        {
            await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Get, route, agent), HttpStatusCode.Forbidden, "insufficient_role");
            await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Get, route, partner), HttpStatusCode.Forbidden, "insufficient_role");
        }
        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Post, "/api-keys", partner, new { name = "unlimited" }), HttpStatusCode.Forbidden, "insufficient_role");
        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Post, "/api-keys", limitedAdmin, new { name = "no limit" }), HttpStatusCode.Forbidden, "insufficient_role");
        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Post, "/api-keys", limitedAdmin, new { name = "higher", rate_limit = 6 }), HttpStatusCode.Forbidden, "insufficient_role");
        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Post, "/api-keys", fixture.AdminApiKey, new { name = "x", roles = new[] { "owner" } }), HttpStatusCode.BadRequest, "validation_failed");
        await CreateKeyAsync(limitedAdmin, new CreateApiKeyRequest { Name = "within", Rate_limit = 5, Roles = ["query"] });
    }

    [Fact]
    public async Task A_private_collection_is_unknown_to_anonymous_callers_and_to_keys_it_does_not_allow()
    {
        var (allowedId, allowed) = await CreateKeyAsync(fixture.AdminApiKey, new CreateApiKeyRequest { Name = "docs reader" });
        var (_, stranger) = await CreateKeyAsync(fixture.AdminApiKey, new CreateApiKeyRequest { Name = "stranger" });
        await _calls.Client().SetCollectionAccessAsync("product_docs", new CollectionAccessRequest { Visibility = "private", Allowed_keys = [allowedId] });
        try
        {
            foreach (var key in new[] { null, stranger })
            {
                using var list = await _calls.SendAsync(HttpMethod.Get, "/collections", key);
                Assert.DoesNotContain("product_docs", await list.Content.ReadAsStringAsync());
                await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Post, "/search", key, new { query = "manual", collection = "product_docs" }),
                    HttpStatusCode.BadRequest, "unknown_collection");
                await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Post, "/query", key, new { question = "Como instalar?", collection = "product_docs" }),
                    HttpStatusCode.BadRequest, "unknown_collection");
            }
            Assert.Contains("product_docs", (await _calls.Client(allowed).ListCollectionsAsync()).Select(c => c.Name));
            await _calls.Client(allowed).SearchChunksAsync(new SearchRequest { Query = "manual", Collection = "product_docs" }); // 200
        }
        finally
        {
            // Public again for the other tests of the collection.
            await _calls.Client().SetCollectionAccessAsync("product_docs", new CollectionAccessRequest { Visibility = "public" });
        }
    }

    [Fact]
    public async Task Only_the_asker_reads_a_query_back()
    {
        // This fixture has no seed (Seed:Enabled=false): waiting for one would time out, and the answer's content is not the point.
        var asked = await QueryCalls.AskAsync(fixture.Api, "O produto chegou no prazo?");
        var id = asked.Query.Query_id;
        Assert.NotNull(asked.AccessToken);
        var (_, other) = await CreateKeyAsync(fixture.AdminApiKey, new CreateApiKeyRequest { Name = "someone else" });

        await ProblemAssert.IsAsync(await fixture.Api.GetAsync($"/query/{id}"), HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Get, $"/query/{id}", other), HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Post, $"/query/{id}/escalate", other), HttpStatusCode.NotFound, "not_found");
        // 200 for its asker (the access token) and for an admin key.
        await new RagQaApiClient(fixture.Api) { QueryToken = asked.AccessToken }.GetQueryAsync(id);
        await _calls.Client().GetQueryAsync(id);
    }

    [Fact]
    public async Task Oversized_lists_and_bodies_and_overflowing_pages_are_refused_with_a_code()
    {
        var filters = Enumerable.Range(0, 17).ToDictionary(i => "key_" + i, _ => "v");
        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Post, "/query", null, new { question = "Chegou?", filters = new { metadata = filters } }),
            HttpStatusCode.BadRequest, "validation_failed");
        // Just over the 64 KiB limit: the server refuses it from its Content-Length before reading it, and a body this size
        // still fits the loopback socket's buffers, so the client is never cut off mid-send (a broken pipe, not a reply).
        var huge = Enumerable.Range(0, 3_600).ToDictionary(i => "key_" + i, _ => "value");
        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Post, "/query", null, new { question = "Chegou?", filters = new { metadata = huge } }),
            HttpStatusCode.RequestEntityTooLarge, "request_too_large");

        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Get, "/audit?page=4294969&page_size=500", fixture.AdminApiKey),
            HttpStatusCode.BadRequest, "validation_failed");
        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Get, "/escalations?page=2147483647&page_size=100", fixture.AdminApiKey),
            HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task A_multipart_body_cut_before_its_closing_boundary_is_400()
    {
        const string boundary = "cut-boundary";
        var body = $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.txt\"\r\nContent-Type: text/plain\r\n\r\nO produto chegou";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/documents") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        request.Headers.Add("X-Api-Key", fixture.AdminApiKey);

        await ProblemAssert.IsAsync(await fixture.Api.SendAsync(request), HttpStatusCode.BadRequest, "malformed_multipart");
    }
}
