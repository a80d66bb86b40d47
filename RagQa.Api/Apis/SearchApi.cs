using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RagQa.Api.Auth;
using RagQa.Api.Model;
using RagQa.Api.OpenApi;
using RagQa.Api.Problems;
using RagQa.Core.Collections;
using RagQa.Core.Query;
using RagQa.Core.RateLimiting;
using RagQa.Core.Retrieval;
using RagQa.Core.Text;

namespace RagQa.Api.Apis;

/// <summary>POST /search: retrieval only (no answer), in hybrid, dense or lexical mode; rate limited (it runs the embedding model in the api).</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/search", Search)
            .WithTags("Search")
            .WithName("SearchChunks").WithSummary("Search a collection")
            .RateLimitPerKeyOrAddress(RateLimitRoutes.Search)
            .WithRequestBodyLimit(RequestBodyLimits.Query)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge)
            .WithDescription("No key needed for public collections; a private collection needs a key it allows (else it is an unknown collection). " +
                "Ranks the chunks of a collection for a text, without composing an answer.");
        return app;
    }

    public static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> Search(
        SearchRequest request, HybridRetriever retriever, CollectionStore collections, IOptions<QueryOptions> options, HttpContext http,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var error = QueryInputRules.CheckText(request.Query, "query", settings.MaxQuestionLength)
            ?? QueryInputRules.CheckTopK(request.TopK, settings.MaxTopK)
            ?? QueryInputRules.CheckFilters(request.Filters)
            ?? QueryInputRules.CheckCollection(request.Collection);
        if (error is not null) return ApiProblem.Validation(error);
        if (!Enum.TryParse<RetrievalMode>(request.Mode ?? nameof(RetrievalMode.Hybrid), ignoreCase: true, out var mode) || !Enum.IsDefined(mode))
        {
            return ApiProblem.Validation("'mode' must be one of: hybrid, dense, lexical.");
        }
        var collection = await collections.ResolveAsync(request.Collection, settings.DefaultCollection, ApiKeyAuthenticator.CallerOf(http), cancellationToken);
        if (collection is null) return ApiProblem.UnknownCollection(request.Collection);

        var results = await retriever.RetrieveAsync(collection, request.Query!, request.TopK ?? settings.DefaultTopK,
            request.Filters?.ToVectorFilter(), mode, cancellationToken);
        return TypedResults.Ok(new SearchResponse(EnumText.Of(mode), results
            .Select(r => new SearchHit(r.Chunk.Id, r.Chunk.DocumentId, r.Chunk.SourceId, r.Score, r.DenseRank, r.LexicalRank,
                r.Chunk.Text, r.Chunk.Metadata))
            .ToList()));
    }
}
