using System.Diagnostics;
using Microsoft.Extensions.Logging;
using RagQa.Core.Messaging;

namespace RagQa.Core.Query;

/// <summary>
/// The query pipeline in the worker: retrieve (dense + lexical, fused), compose an extractive answer,
/// score confidence, persist everything, then reply to the waiting API instance.
/// </summary>
public sealed class ProcessQueryHandler(
    QueryStore queries,
    HybridRetriever retriever,
    IReplySender replies,
    TimeProvider time,
    ILogger<ProcessQueryHandler> logger) : IMessageHandler<ProcessQuery>
{
    private static readonly ActivitySource Activity = new("RagQa.Query");

    public async Task HandleAsync(ProcessQuery message, MessageContext context, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var activity = Activity.StartActivity("process_query");
        activity?.SetTag("ragqa.query_id", message.QueryId);
        var query = await queries.GetRequestAsync(message.QueryId, cancellationToken);
        if (query is null)
        {
            logger.LogWarning("Query {QueryId} is unknown; dropping the message", message.QueryId);
            return;
        }

        var retrieved = await retriever.RetrieveAsync(query.Collection, query.Question, query.TopK, query.Filter, RetrievalMode.Hybrid, cancellationToken);
        ComposedAnswer answer;
        using (Activity.StartActivity("llm_generate")?.SetTag("ragqa.mode", ExtractiveAnswerer.Mode))
        {
            answer = ExtractiveAnswerer.Compose(retrieved, query.TopK);
        }
        var cited = retrieved.Where(r => answer.Citations.Any(c => c.ChunkId == r.Chunk.Id)).ToList();
        // Extractive answers are made of the cited texts, so every sentence is grounded by construction.
        var confidence = ConfidenceScorer.Score(cited, groundingCoverage: 1.0);
        activity?.SetTag("ragqa.confidence", confidence).SetTag("ragqa.citations", answer.Citations.Count);

        var latencyMs = (int)time.GetElapsedTime(started).TotalMilliseconds;
        using (Activity.StartActivity("persist_answer"))
        {
            await queries.SaveAnswerAsync(query.QueryId, answer, confidence, retrieved, latencyMs, model: null, cancellationToken);
        }
        await replies.ReplyAsync(context, new QueryAnswered(query.QueryId), cancellationToken);
        logger.LogInformation("Answered query {QueryId} with {Citations} citations, confidence {Confidence}", query.QueryId, answer.Citations.Count, confidence);
    }
}
