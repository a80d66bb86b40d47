using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RagQa.Api.Auth;
using RagQa.Api.Model;
using RagQa.Api.Problems;
using RagQa.Api.RateLimiting;
using RagQa.Core.Audit;
using RagQa.Core.Collections;
using RagQa.Core.Guardrails;
using RagQa.Core.Messaging;
using RagQa.Core.Query;

namespace RagQa.Api.Apis;

/// <summary>
/// POST /query stores the question and hands it to the query workers over RabbitMQ; when the answer comes
/// back on this instance's reply queue within Query:SyncTimeout it is returned at once (200), otherwise the
/// caller gets 202 and polls GET /query/{id}. While the broker is unavailable the stored question is marked failed
/// and the caller gets 503 with Retry-After.
/// </summary>
public static class QueryApi
{
    /// <summary>The <c>query_request</c> span: the root of the query's own spans, parent of the publish to the query queue.</summary>
    private static readonly ActivitySource Tracing = new("RagQa.Api");

    public static IEndpointRouteBuilder MapQueryApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/query").WithTags("Query");
        group.MapPost("/", Ask)
            .AddEndpointFilter<QueryRateLimitFilter>()
            .WithSummary("Asks a question; answers with citations, or 202 with a status URL when the answer takes longer than the sync timeout.");
        group.MapGet("/{id:guid}", GetQuery)
            .WithSummary("The stored question with its answer and citations, or its pending status.");
        return app;
    }

    public static async Task<Results<Ok<QueryView>, Accepted<QueryAccepted>, ProblemHttpResult>> Ask(
        QueryRequest request,
        QueryStore queries,
        CollectionStore collections,
        IMessagePublisher publisher,
        IReplyListener replies,
        PromptInjectionDetector injection,
        PiiRedactor redactor,
        IAuditTrail audit,
        HttpContext http,
        IOptions<QueryOptions> options,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        using var span = Tracing.StartActivity("query_request");
        var settings = options.Value;
        var error = QueryInputRules.CheckText(request.Question, "question", settings.MaxQuestionLength)
            ?? QueryInputRules.CheckTopK(request.TopK, settings.MaxTopK)
            ?? QueryInputRules.CheckFilters(request.Filters);
        if (error is not null) return Rejected(span, ApiProblem.Validation(error));
        var collection = await collections.ResolveAsync(request.Collection, settings.DefaultCollection, cancellationToken);
        if (collection is null) return Rejected(span, ApiProblem.UnknownCollection(request.Collection));
        var verdict = injection.Analyze(request.Question!);
        if (verdict.IsInjection)
        {
            loggers.CreateLogger(nameof(QueryApi)).LogWarning("Blocked a question as prompt injection ({Category}, score {Score})", verdict.Category, verdict.Score);
            await audit.RecordAsync(AuditActions.InjectionBlocked, ApiKeyAuthenticator.ActorOf(http), null,
                new Dictionary<string, string>
                {
                    ["category"] = verdict.Category?.ToString() ?? "",
                    ["score"] = verdict.Score.ToString("0.###", CultureInfo.InvariantCulture),
                    ["rules"] = string.Join(",", verdict.MatchedRules),
                },
                cancellationToken: cancellationToken);
            return Rejected(span, ApiProblem.Create(StatusCodes.Status400BadRequest, ProblemCodes.PromptInjection,
                "The question tries to change the assistant's instructions or reach data it must not reveal.",
                "Ask about what the reviews say; instructions to the assistant are not accepted."));
        }
        // Personal data in a question is neither stored nor sent to a model.
        var question = redactor.Redact(request.Question!.Trim());

        var queryId = Guid.CreateVersion7(time.GetUtcNow());
        var correlationId = Activity.Current?.TraceId.ToHexString();
        var topK = request.TopK ?? settings.DefaultTopK;
        var filter = request.Filters?.RedactedWith(redactor).ToVectorFilter();
        span?.SetTag("ragqa.query_id", queryId).SetTag("ragqa.collection", collection).SetTag("ragqa.top_k", topK)
            .SetTag("ragqa.filter_conditions", filter?.Conditions.Count ?? 0);
        await queries.CreateAsync(new NewQuery(queryId, question.Text, collection, topK, filter, correlationId), cancellationToken);
        if (question.Total > 0)
        {
            await audit.RecordAsync(AuditActions.PiiRedacted, ApiKeyAuthenticator.ActorOf(http), AuditSubject.Query(queryId),
                AuditDetails.RedactionCounts(question.Counts), cancellationToken: cancellationToken);
        }

        // Listen before publishing, so a fast worker's reply cannot arrive unheard.
        using var pending = replies.Expect(queryId.ToString());
        try
        {
            await publisher.PublishAsync(QueueNames.Query, new ProcessQuery(queryId), await replies.GetAddressAsync(cancellationToken),
                queryId.ToString(), cancellationToken);
        }
        catch (BrokerUnavailableException ex)
        {
            // No worker will ever see this query: it must not stay pending. The caller gets 503 and asks again.
            await queries.MarkFailedAsync(queryId, "The question could not be queued (the message broker was unavailable); ask it again.", CancellationToken.None);
            span?.SetTag("ragqa.outcome", "not_queued");
            loggers.CreateLogger(nameof(QueryApi)).LogWarning("Query {QueryId} could not be queued: {Reason}", queryId, ex.Message);
            throw;
        }

        var statusUrl = $"/query/{queryId}";
        if (await pending.WaitAsync(settings.SyncTimeout, cancellationToken)
            && await queries.GetAsync(queryId, cancellationToken) is { Status: not QueryStatus.Pending } answered)
        {
            span?.SetTag("ragqa.outcome", "answered").SetTag("ragqa.cache_hit", answered.CacheHit).SetTag("ragqa.confidence", answered.Confidence);
            return TypedResults.Ok(answered);
        }
        loggers.CreateLogger(nameof(QueryApi)).LogInformation("Query {QueryId} not answered within {Timeout}; returning 202", queryId, settings.SyncTimeout);
        span?.SetTag("ragqa.outcome", "accepted");
        return TypedResults.Accepted(statusUrl, new QueryAccepted(queryId, QueryStatus.Pending, statusUrl));
    }

    private static ProblemHttpResult Rejected(Activity? span, ProblemHttpResult problem)
    {
        span?.SetTag("ragqa.outcome", "rejected").SetTag("ragqa.problem_code", problem.ProblemDetails.Extensions["code"]);
        return problem;
    }

    public static async Task<Results<Ok<QueryView>, ProblemHttpResult>> GetQuery(Guid id, QueryStore queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is { } view ? TypedResults.Ok(view) : ApiProblem.NotFound("query", id);
}
