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

namespace RagQa.Api.Apis;

/// <summary>
/// POST /query hands the question to <see cref="QuestionIntake"/>: an answer within Query:SyncTimeout is returned at
/// once (200), otherwise the caller gets 202 and polls GET /query/{id}; a rejected question is a 400 problem, and
/// while the broker is unavailable the caller gets 503 with Retry-After.
/// </summary>
public static class QueryApi
{
    /// <summary>The <c>query_request</c> span: the root of the query's own spans, parent of the publish to the query queue.</summary>
    private static readonly ActivitySource Tracing = new("RagQa.Api");

    public static IEndpointRouteBuilder MapQueryApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/query").WithTags("Query");
        group.MapPost("/", Ask)
            .WithName("AskQuestion").WithSummary("Ask a question")
            .RateLimitPerKeyOrAddress()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status503ServiceUnavailable)
            .WithDescription("Asks a question; answers with citations, or 202 with a status URL when the answer takes longer than the sync timeout.");
        group.MapGet("/{id:guid}", GetQuery)
            .WithName("GetQuery").WithSummary("Get a query and its answer")
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithDescription("The stored question with its answer and citations, or its pending status.");
        return app;
    }

    public static async Task<Results<Ok<QueryView>, Accepted<QueryAccepted>, ProblemHttpResult>> Ask(
        QueryRequest request, QuestionIntake intake, HttpContext http, CancellationToken cancellationToken)
    {
        using var span = Tracing.StartActivity("query_request");
        try
        {
            var (queryId, answered) = await intake.AskAsync(
                new QuestionRequest(request.Question, request.Collection, request.Filters, request.TopK, ApiKeyAuthenticator.ActorOf(http)), cancellationToken);
            if (answered is not null)
            {
                span?.SetTag("ragqa.outcome", "answered").SetTag("ragqa.cache_hit", answered.CacheHit).SetTag("ragqa.confidence", answered.Confidence);
                return TypedResults.Ok(answered);
            }
            span?.SetTag("ragqa.outcome", "accepted");
            var statusUrl = $"/query/{queryId}";
            return TypedResults.Accepted(statusUrl, new QueryAccepted(queryId, QueryStatus.Pending, statusUrl));
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

    public static async Task<Results<Ok<QueryView>, ProblemHttpResult>> GetQuery(Guid id, QueryStore queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is { } view ? TypedResults.Ok(view) : ApiProblem.NotFound("query", id);
}
