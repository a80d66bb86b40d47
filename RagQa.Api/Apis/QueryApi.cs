using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RagQa.Api.Auth;
using RagQa.Api.Model;
using RagQa.Api.OpenApi;
using RagQa.Api.Problems;
using RagQa.Core.Answering;
using RagQa.Core.Query;
using RagQa.Core.RateLimiting;

namespace RagQa.Api.Apis;

/// <summary>
/// POST /query hands the question to <see cref="QuestionIntake"/>: an answer within Query:SyncTimeout is returned at
/// once (200), otherwise the caller gets 202 and polls GET /query/{id}; a rejected question is a 400 problem, and
/// while the broker is unavailable the caller gets 503 with Retry-After. Only the asker (its key, or for an anonymous
/// asker the access token returned with the answer) and agent or admin keys read a query back; others get 404.
/// </summary>
public static class QueryApi
{
    /// <summary>The <c>query_request</c> span: the root of the query's own spans, parent of the publish to the query queue.</summary>
    private static readonly ActivitySource Tracing = new("RagQa.Api");

    public static IEndpointRouteBuilder MapQueryApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/query").WithTags("Query").WithRequestBodyLimit(RequestBodyLimits.Query);
        group.MapPost("/", Ask)
            .WithName("AskQuestion").WithSummary("Ask a question")
            .RateLimitPerKeyOrAddress(RateLimitRoutes.Query)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status503ServiceUnavailable)
            .WithDescription("No key needed; any valid key (any role) may be sent and is then the query's owner. Asks a question; answers with citations, " +
                "or 202 with a status URL when the answer takes longer than the sync timeout. Without a key the response carries an access_token " +
                $"(also in the {QueryOwner.TokenHeader} header): send it as {QueryOwner.TokenHeader} to read the query back or escalate it.");
        group.MapGet("/{id:guid}", GetQuery)
            .WithName("GetQuery").WithSummary("Get a query and its answer")
            .ForQueryAsker()
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithDescription("The stored question with its answer and citations, or its pending status. Only for its asker: the key that asked, " +
                $"or the {QueryOwner.TokenHeader} header with the access token an anonymous asker got; agent and admin keys read any query. 404 for anyone else.");
        return app;
    }

    public static async Task<Results<Ok<QueryView>, Accepted<QueryAccepted>, ProblemHttpResult>> Ask(
        QueryRequest request, QuestionIntake intake, HttpContext http, CancellationToken cancellationToken)
    {
        using var span = Tracing.StartActivity("query_request");
        try
        {
            var (queryId, answered, accessToken) = await intake.AskAsync(
                new QuestionRequest(request.Question, request.Collection, request.Filters, request.TopK, ApiKeyAuthenticator.ActorOf(http))
                {
                    Caller = ApiKeyAuthenticator.CallerOf(http),
                }, cancellationToken);
            if (accessToken is not null) http.Response.Headers[QueryOwner.TokenHeader] = accessToken;
            if (answered is not null)
            {
                span?.SetTag("ragqa.outcome", "answered").SetTag("ragqa.cache_hit", answered.CacheHit).SetTag("ragqa.confidence", answered.Confidence);
                return TypedResults.Ok(answered with { AccessToken = accessToken });
            }
            span?.SetTag("ragqa.outcome", "accepted");
            var statusUrl = $"/query/{queryId}";
            return TypedResults.Accepted(statusUrl, new QueryAccepted(queryId, QueryStatus.Pending, statusUrl) { AccessToken = accessToken });
        }
        catch (QuestionRejectedException rejected)
        {
            return Rejected(span, ApiProblem.QuestionRejected(rejected, request.Collection));
        }
    }

    private static ProblemHttpResult Rejected(Activity? span, ProblemHttpResult problem)
    {
        span?.SetTag("ragqa.outcome", "rejected").SetTag("ragqa.problem_code", problem.ProblemDetails.Extensions["code"]);
        return problem;
    }

    public static async Task<Results<Ok<QueryView>, ProblemHttpResult>> GetQuery(
        Guid id, QueryStore queries, ApiKeyAuthenticator authenticator, HttpContext http, CancellationToken cancellationToken)
    {
        if (await QueryAccessCheck.RefuseAsync(http, authenticator, queries, id, cancellationToken) is { } refused) return refused;
        return await queries.GetAsync(id, cancellationToken) is { } view ? TypedResults.Ok(view) : ApiProblem.NotFound("query", id);
    }
}
