using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RagQa.Api.Auth;
using RagQa.Api.Model;
using RagQa.Api.OpenApi;
using RagQa.Api.Problems;
using RagQa.Core.Access;
using RagQa.Core.Audit;
using RagQa.Core.Guardrails;

namespace RagQa.Api.Apis;

/// <summary>
/// Admin endpoints to manage API keys: create with roles (the plaintext is returned once), list (never the keys) and
/// revoke. A key never creates a key with more rights than its own (<see cref="ApiKeyGrant"/>); revoking one is
/// effective on every replica at its next request.
/// </summary>
public static class ApiKeysApi
{
    public const int MaxNameLength = 100;
    public const int MaxRateLimit = 10_000_000;

    public static IEndpointRouteBuilder MapApiKeysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api-keys").WithTags("API keys").RequireApiKeyRole(ApiRoles.Admin).WithRequestBodyLimit(RequestBodyLimits.Small);
        group.MapPost("/", CreateKey).WithName("CreateApiKey").WithSummary("Create an API key").ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge)
            .WithDescription("Requires an admin key. Creates an API key with roles (query, ingest, agent, admin; default query); the response is the only place its plaintext ever appears. " +
                "The new key's roles must be held by the calling key, and a calling key with its own rate_limit can only create keys with a rate_limit at most as high.");
        group.MapGet("/", ListKeys).WithName("ListApiKeys").WithSummary("List API keys").ProducesProblems(StatusCodes.Status400BadRequest).WithDescription("Requires an admin key. API keys, newest first, without the keys themselves.");
        group.MapDelete("/{id:guid}", RevokeKey).WithName("RevokeApiKey").WithSummary("Revoke an API key").ProducesProblems(StatusCodes.Status404NotFound).WithDescription("Requires an admin key. Revokes an API key (it stays listed, with revoked_at).");
        return app;
    }

    public static async Task<Results<Created<CreatedApiKeyResponse>, ProblemHttpResult>> CreateKey(
        CreateApiKeyRequest request, HttpContext http, ApiKeyStore keys, IAuditTrail audit, PiiRedactor redactor, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength) return ApiProblem.Validation($"'name' is required and at most {MaxNameLength} characters.");
        if (request.RateLimit is < 1 or > MaxRateLimit) return ApiProblem.Validation($"'rate_limit' is between 1 and {MaxRateLimit}.");
        if (ApiRoles.TryParse(request.Roles ?? [ApiRoles.Query], "roles", out var roles) is { } rolesError) return ApiProblem.Validation(rolesError);
        var creator = ApiKeyAuthenticator.KeyOf(http)!;
        if (ApiKeyGrant.Check(creator, roles, request.RateLimit) is { } grantError)
        {
            return ApiProblem.Create(StatusCodes.Status403Forbidden, ProblemCodes.InsufficientRole, "The key cannot grant these rights.", grantError);
        }

        // A name is free text: personal data in it ("chave da maria@…") is not stored.
        var created = await keys.CreateAsync(redactor.Redact(name).Text, roles, request.RateLimit, creator.Id, cancellationToken);
        await audit.RecordAsync(AuditActions.ApiKeyCreated, ApiKeyAuthenticator.ActorOf(http), AuditSubject.ApiKey(created.Key.Id),
            new Dictionary<string, string> { ["roles"] = string.Join(",", roles) }, cancellationToken: cancellationToken);
        return TypedResults.Created($"/api-keys/{created.Key.Id}", CreatedApiKeyResponse.From(created));
    }

    public static async Task<Results<Ok<ItemPage<ApiKey>>, ProblemHttpResult>> ListKeys(
        ApiKeyStore keys, int? page, [FromQuery(Name = "page_size")] int? pageSize, CancellationToken cancellationToken)
    {
        var (paging, problem) = PageRequest.From(page, pageSize);
        if (paging is null) return problem!;
        return TypedResults.Ok(new ItemPage<ApiKey>(await keys.ListAsync(paging.Offset, paging.PageSize, cancellationToken), paging.Page, paging.PageSize));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(
        Guid id, HttpContext http, ApiKeyStore keys, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (await keys.RevokeAsync(id, cancellationToken) is null) return ApiProblem.NotFound("API key", id);
        await audit.RecordAsync(AuditActions.ApiKeyRevoked, ApiKeyAuthenticator.ActorOf(http), AuditSubject.ApiKey(id), cancellationToken: cancellationToken);
        return TypedResults.NoContent();
    }
}
