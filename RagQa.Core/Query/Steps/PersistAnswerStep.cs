namespace RagQa.Core.Query.Steps;

/// <summary>
/// Stores the answer with its results and latency (<c>persist_answer</c>) before anyone is told, so GET /query/{id}
/// always sees what the reply announced. An aggregate answer served from the cache skipped the counts: its citations
/// stand for its results.
/// </summary>
public sealed class PersistAnswerStep(QueryStore queries, TimeProvider time) : IQueryStep
{
    public async Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var (query, answer) = (context.Query, context.Answer!);
        var latencyMs = (int)time.GetElapsedTime(context.StartedTimestamp).TotalMilliseconds;
        using var span = QueryTracing.Source.StartActivity("persist_answer");
        await queries.SaveAnswerAsync(query.QueryId, answer, context.Confidence, context.Prepared?.Results ?? QueryStore.CitedResults(query.Collection, answer),
            latencyMs, model: null, cancellationToken);
    }
}
