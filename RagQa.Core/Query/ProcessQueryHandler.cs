using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RagQa.Core.Answering;
using RagQa.Core.Messaging;

namespace RagQa.Core.Query;

/// <summary>
/// The query worker's message handler: loads the stored question, runs it through the <see cref="QueryPipeline"/>
/// (one <c>process_query</c> span, whose outcome it tags), and replies to the waiting API instance. If the last
/// delivery attempt fails, the query is marked failed with the reason, so GET /query/{id} does not stay pending.
/// </summary>
public sealed class ProcessQueryHandler(
    QueryStore queries,
    QueryPipeline pipeline,
    IReplySender replies,
    IOptions<MessagingOptions> messagingOptions,
    TimeProvider time,
    ILogger<ProcessQueryHandler> logger) : IMessageHandler<ProcessQuery>
{
    public async Task HandleAsync(ProcessQuery message, MessageContext context, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var activity = QueryTracing.Source.StartActivity("process_query");
        activity?.SetTag("ragqa.query_id", message.QueryId);
        var query = await queries.GetRequestAsync(message.QueryId, cancellationToken);
        if (query is null)
        {
            logger.LogWarning("Query {QueryId} is unknown; dropping the message", message.QueryId);
            return;
        }

        var question = new QueryContext(query, started, activity);
        try
        {
            await pipeline.RunAsync(question, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            activity?.SetTag("ragqa.outcome", QueryMetrics.Failed);
            if (context.Attempt >= messagingOptions.Value.MaxAttempts)
            {
                // The consumer dead-letters the message after this; without a final status the caller would poll for ever.
                var reason = $"The answer could not be produced after {context.Attempt} attempts: {MessageHeaders.Describe(ex)}";
                await queries.MarkFailedAsync(query.QueryId, reason, cancellationToken);
                await replies.ReplyAsync(context, new QueryAnswered(query.QueryId), cancellationToken);
                logger.LogError(ex, "Query {QueryId} failed on its last attempt ({Attempt}); marked failed", query.QueryId, context.Attempt);
            }
            throw;
        }

        var (answer, confidence) = (question.Answer!, question.Confidence);
        activity?.SetTag("ragqa.intent", ClassifiedQuestion.Name(question.Question.Intent)).SetTag("ragqa.mode", answer.Mode)
            .SetTag("ragqa.confidence", confidence).SetTag("ragqa.citations", answer.Citations.Count).SetTag("ragqa.cache_hit", answer.CacheHit)
            .SetTag("ragqa.outcome", QueryMetrics.OutcomeOf(answer));
        logger.LogInformation("Answered query {QueryId} ({Intent}, {Mode}) with {Citations} citations, confidence {Confidence}, in {LatencyMs} ms; escalation {EscalationId}",
            query.QueryId, answer.Intent, answer.Mode, answer.Citations.Count, confidence, (int)time.GetElapsedTime(started).TotalMilliseconds,
            question.Escalation?.EscalationId);
        await replies.ReplyAsync(context, new QueryAnswered(query.QueryId), cancellationToken);
    }
}
