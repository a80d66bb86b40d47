using RagQa.Core.Chunks;
using RagQa.Core.Retrieval;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// Stores the answer with its results and latency (<c>persist_answer</c>) before anyone is told, so GET /query/{id}
/// always sees what the reply announced.
/// </summary>
public sealed class PersistAnswerStep(QueryStore queries, TimeProvider time) : IQueryStep
{
    public async Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var (query, answer) = (context.Query, context.Answer!);
        var latencyMs = (int)time.GetElapsedTime(context.StartedTimestamp).TotalMilliseconds;
        using var span = QueryTracing.Source.StartActivity("persist_answer");
        await queries.SaveAnswerAsync(query.QueryId, answer, context.Confidence, context.Prepared?.Results ?? CitedResults(query.Collection, answer),
            latencyMs, model: null, cancellationToken);
    }

    /// <summary>
    /// The results stored for an aggregate answer served from the cache, which skipped the counts: its citations, as
    /// the aggregate path stores them (the store keeps only ids, scores and quotes).
    /// </summary>
    private static IReadOnlyList<RetrievedChunk> CitedResults(string collection, ComposedAnswer answer) =>
        answer.Citations.Select(c => new RetrievedChunk(
            new ChunkRecord(c.ChunkId, c.DocumentId, collection, c.SourceId, 0, c.Quote, new Dictionary<string, string>()), c.Score, null, null, null)).ToList();
}
