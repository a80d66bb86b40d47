using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using RagQa.Api.Auth;
using RagQa.Api.Model;
using RagQa.Api.OpenApi;
using RagQa.Api.Problems;
using RagQa.Core.Access;
using RagQa.Core.Audit;
using RagQa.Core.Collections;

namespace RagQa.Api.Apis;

/// <summary>
/// GET /collections: the knowledge-base collections the caller may read, with their counts; PUT /collections/{name}/access
/// (admin keys only): who may read a collection (<see cref="CollectionAccess"/>).
/// </summary>
public static class CollectionsApi
{
    public static IEndpointRouteBuilder MapCollectionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/collections").WithTags("Collections").WithRequestBodyLimit(RequestBodyLimits.Small);
        group.MapGet("/", ListCollections)
            .WithName("ListCollections").WithSummary("List collections")
            .WithMetadata(ApiKeyUse.Optional)
            .ProducesProblems(StatusCodes.Status403Forbidden)
            .WithDescription("No key needed: lists the public collections, and with a key also the private ones it may read, with document and chunk counts.");
        group.MapPut("/{name}/access", SetAccess)
            .WithName("SetCollectionAccess").WithSummary("Set who may read a collection")
            .RequireApiKeyRole(ApiRoles.Admin)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status413PayloadTooLarge)
            .WithDescription("Requires an admin key. Makes a collection public (anyone) or private (admin keys, the keys in allowed_keys and keys " +
                "with a role in allowed_roles); to everyone else a private collection is an unknown collection.");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<CollectionSummary>>, ProblemHttpResult>> ListCollections(
        CollectionStore collections, ApiKeyAuthenticator authenticator, HttpContext http, CancellationToken cancellationToken)
    {
        if (await authenticator.RefuseInvalidSentKeyAsync(http) is { } refused) return refused;
        return TypedResults.Ok(await collections.ListAsync(ApiKeyAuthenticator.CallerOf(http), cancellationToken));
    }

    public static async Task<Results<Ok<CollectionAccess>, ProblemHttpResult>> SetAccess(
        string name, CollectionAccessRequest request, CollectionStore collections, IAuditTrail audit, HttpContext http, CancellationToken cancellationToken)
    {
        if (CollectionAccess.TryCreate(request.Visibility, request.AllowedRoles, request.AllowedKeys, out var access) is { } error) return ApiProblem.Validation(error);
        if (!await collections.SetAccessAsync(name, access, cancellationToken))
        {
            return ApiProblem.Create(StatusCodes.Status404NotFound, ProblemCodes.NotFound, "Unknown collection.", $"No collection is named '{name}'.");
        }
        await audit.RecordAsync(AuditActions.CollectionAccessChanged, ApiKeyAuthenticator.ActorOf(http), AuditSubject.Collection(name),
            new Dictionary<string, string>
            {
                ["visibility"] = access.Visibility,
                ["allowed_roles"] = string.Join(",", access.AllowedRoles),
                ["allowed_keys"] = access.AllowedKeys.Length.ToString(CultureInfo.InvariantCulture),
            }, cancellationToken: cancellationToken);
        return TypedResults.Ok(access);
    }
}
