using Microsoft.AspNetCore.Http.HttpResults;
using RagQa.Core.Collections;

namespace RagQa.Api.Apis;

/// <summary>GET /collections: the knowledge-base collections with their counts.</summary>
public static class CollectionsApi
{
    public static IEndpointRouteBuilder MapCollectionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/collections", ListCollections)
            .WithTags("Collections")
            .WithName("ListCollections").WithSummary("List collections")
            .WithDescription("Lists the knowledge-base collections with document and chunk counts.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<CollectionSummary>>> ListCollections(CollectionStore collections, CancellationToken cancellationToken) =>
        TypedResults.Ok(await collections.ListAsync(cancellationToken));
}
