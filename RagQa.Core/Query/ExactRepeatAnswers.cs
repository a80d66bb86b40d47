using RagQa.Core.Caching;

namespace RagQa.Core.Query;

/// <summary>
/// The API's answer to an exact repeat (<see cref="ExactQuestionKey"/>): served from the cache before anything is
/// published, so it never waits on RabbitMQ or the query worker. The question still gets its own id, owner and stored
/// row with the answer (GET /query/{id} reads it as any other), is escalated as the worker would escalate it (an unsure
/// answer opens an escalation for each asker), and counts in <see cref="QueryMetrics"/> as a cache hit. It runs after
/// screening, so the caller's access to the collection was checked as for any question.
/// </summary>
public sealed class ExactRepeatAnswers(
    SemanticAnswerCache cache, QueryStore queries, AutomaticEscalation escalation, QueryMetrics metrics, TimeProvider time)
{
    /// <param name="startedTimestamp">When the API took the question (<see cref="TimeProvider.GetTimestamp"/>), for the stored latency.</param>
    /// <returns>The stored, answered query; null when the question is not a repeat the cache holds.</returns>
    public async Task<QueryView?> TryAnswerAsync(NewQuery query, long startedTimestamp, CancellationToken cancellationToken)
    {
        var cached = await cache.GetExactRepeatAsync(ExactQuestionKey.For(query.Question, query.Collection, query.Filter, query.TopK), cancellationToken);
        if (cached is null) return null;
        var answer = CachedAnswers.ToComposed(cached, cached.Intent, cached.Language);
        QueryView answered;
        using (QueryTracing.Source.StartActivity("store_query"))
        {
            answered = await queries.CreateAnsweredAsync(query, answer, cached.Confidence, (int)time.GetElapsedTime(startedTimestamp).TotalMilliseconds,
                cancellationToken);
        }
        // Out-of-scope answers are never cached, so every answer here is one the worker would consider for a human.
        var escalated = await escalation.EscalateIfNeededAsync(query, answer, cached.Confidence, cancellationToken);
        metrics.Record(answer, cached.Confidence, time.GetElapsedTime(startedTimestamp));
        return answered with { Escalation = escalated };
    }
}
