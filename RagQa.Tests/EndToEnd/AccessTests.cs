using System.Net;
using System.Text.Json;
using RagQa.Benchmarks.ApiClient;
using RagQa.Core.Audit;

namespace RagQa.Tests.EndToEnd;

/// <summary>API keys, auth failures and the POST /query rate limit through the running application, each audited.</summary>
[Collection(BulkIngestionCollection.Name)]
public sealed class AccessTests(BulkIngestionAppHostFixture fixture)
{
    private readonly AdminCalls _calls = new(fixture.Api, fixture.AdminApiKey);

    public static TheoryData<string> AdminRoutes => ["/documents", "/api-keys", "/audit"];

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task Admin_routes_refuse_a_missing_key_with_401_and_a_wrong_one_with_403(string route)
    {
        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Get, route, null), HttpStatusCode.Unauthorized, "missing_api_key");
        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Get, route, "wrong-key-" + Guid.NewGuid()), HttpStatusCode.Forbidden, "invalid_api_key");
        using var allowed = await _calls.SendAsync(HttpMethod.Get, route, fixture.AdminApiKey);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);

        // Failures are audited once per source address and window (the first, with a count), not once per request.
        var failures = await _calls.WaitForAuditAsync(AuditActions.AuthFailed);
        Assert.Contains(failures, e => e.Details.ContainsKey("count") && e.Actor == AuditActors.Anonymous);
    }

    [Fact]
    public async Task A_created_key_works_is_listed_without_its_secret_and_once_revoked_is_refused_everywhere()
    {
        var created = await _calls.Client().CreateApiKeyAsync(new CreateApiKeyRequest { Name = "integration test", Roles = ["admin"] });
        Assert.Equal((int)HttpStatusCode.Created, created.StatusCode);
        var key = created.Result.Key;
        var id = created.Result.Id;
        Assert.Equal($"/api-keys/{id}", created.Header("Location"));

        await _calls.Client(key).ListDocumentsAsync(null, null, null, null); // 200 with the new key
        // The list's bytes must not hold the secret: read as they came over the wire.
        using (var list = await _calls.SendAsync(HttpMethod.Get, "/api-keys", key))
        {
            var text = await list.Content.ReadAsStringAsync();
            Assert.DoesNotContain(key, text);
            var listed = JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray().ToList();
            Assert.Contains(listed, k => k.GetProperty("id").GetGuid() == id && k.GetProperty("last_used_at").ValueKind == JsonValueKind.String);
            Assert.Contains(listed, k => k.GetProperty("configured").GetBoolean());
        }

        await _calls.Client().RevokeApiKeyAsync(id); // 204

        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Get, "/documents", key), HttpStatusCode.Forbidden, "revoked_api_key");
        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Post, "/query", key, new { question = "Chegou quebrado?" }), HttpStatusCode.Forbidden, "revoked_api_key");
        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Delete, $"/api-keys/{Guid.NewGuid()}", fixture.AdminApiKey), HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Post, "/api-keys", fixture.AdminApiKey, new { name = "" }), HttpStatusCode.BadRequest, "validation_failed");

        Assert.Single(await _calls.WaitForAuditAsync(AuditActions.ApiKeyCreated, id.ToString()));
        Assert.Single(await _calls.WaitForAuditAsync(AuditActions.ApiKeyRevoked, id.ToString()));
    }

    [Fact]
    public async Task A_key_over_its_query_limit_gets_429_with_retry_after()
    {
        var key = (await _calls.Client().CreateApiKeyAsync(new CreateApiKeyRequest { Name = "limited", Rate_limit = 2 })).Result.Key;

        // Blank questions are refused by validation after the limiter has counted them: cheap requests that still count.
        for (var i = 0; i < 2; i++)
        {
            await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Post, "/query", key, new { question = "" }), HttpStatusCode.BadRequest, "validation_failed");
        }
        using var limited = await _calls.SendAsync(HttpMethod.Post, "/query", key, new { question = "" });

        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        await ProblemAssert.IsAsync(limited, HttpStatusCode.TooManyRequests, "rate_limited");
        // Other clients are not affected: the request without a key counts against this address instead.
        await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Post, "/query", null, new { question = "" }), HttpStatusCode.BadRequest, "validation_failed");
    }
}
