using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RagQa.Core.Answering;
using RagQa.Core.Audit;
using RagQa.Core.Messaging;

namespace RagQa.Core.Query;

/// <summary>
/// Takes a question in (the API's POST /query, mirroring <see cref="Ingestion.DocumentIntake"/> for uploads): screens
/// it, answers an exact repeat from the cache at once (<see cref="ExactRepeatAnswers"/>), else stores it, hands it to
/// the query workers over RabbitMQ with this instance's reply queue, and waits up to
/// <c>Query:SyncTimeout</c> for the answer. While the broker is unavailable the stored question is marked failed
/// (it must not stay pending) and <see cref="BrokerUnavailableException"/> reaches the caller.
/// </summary>
public sealed class QuestionIntake(
    QuestionScreening screening,
    ExactRepeatAnswers repeats,
    QueryStore queries,
    IMessagePublisher publisher,
    IReplyListener replies,
    IAuditTrail audit,
    IOptions<QueryOptions> options,
    TimeProvider time,
    ILogger<QuestionIntake> logger)
{
    /// <returns>
    /// The question's id, its answer when the worker answered within the sync timeout (else null: still pending), and for
    /// an anonymous asker the access token that reads it back (<see cref="QueryOwner"/>).
    /// </returns>
    /// <exception cref="QuestionRejectedException">The question is not accepted; nothing was stored.</exception>
    public async Task<(Guid QueryId, QueryView? Answer, string? AccessToken)> AskAsync(QuestionRequest request, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        ScreenedQuestion screened;
        using (QueryTracing.Source.StartActivity("screen_question"))
        {
            screened = await screening.ScreenAsync(request, cancellationToken);
        }
        var queryId = Guid.CreateVersion7(time.GetUtcNow());
        Activity.Current?.SetTag("ragqa.query_id", queryId).SetTag("ragqa.collection", screened.Collection).SetTag("ragqa.top_k", screened.TopK)
            .SetTag("ragqa.filter_conditions", screened.Filter?.Conditions.Count ?? 0);
        var (owner, accessToken) = QueryOwner.For(request.Caller);
        var query = new NewQuery(queryId, screened.Redacted.Text, screened.Collection, screened.TopK, screened.Filter, Activity.Current?.TraceId.ToHexString())
        {
            Owner = owner,
        };
        var repeated = await repeats.TryAnswerAsync(query, started, cancellationToken);
        if (repeated is null)
        {
            using var stored = QueryTracing.Source.StartActivity("store_query");
            await queries.CreateAsync(query, cancellationToken);
        }
        if (screened.Redacted.Total > 0)
        {
            await audit.RecordAsync(AuditActions.PiiRedacted, request.Actor, AuditSubject.Query(queryId),
                AuditDetails.RedactionCounts(screened.Redacted.Counts), cancellationToken: cancellationToken);
        }
        if (repeated is not null)
        {
            logger.LogInformation("Query {QueryId} answered from the cache as an exact repeat in {LatencyMs} ms", queryId, repeated.LatencyMs);
            return (queryId, repeated, accessToken);
        }

        // Listen before publishing, so a fast worker's reply cannot arrive unheard.
        using var pending = replies.Expect(queryId.ToString());
        await PublishAsync(queryId, cancellationToken);
        if (await pending.WaitAsync(options.Value.SyncTimeout, cancellationToken)
            && await queries.GetAsync(queryId, cancellationToken) is { Status: not QueryStatus.Pending } answered)
        {
            return (queryId, answered, accessToken);
        }
        logger.LogInformation("Query {QueryId} not answered within {Timeout}; still pending", queryId, options.Value.SyncTimeout);
        return (queryId, null, accessToken);
    }

    private async Task PublishAsync(Guid queryId, CancellationToken cancellationToken)
    {
        try
        {
            await publisher.PublishAsync(QueueNames.Query, new ProcessQuery(queryId), await replies.GetAddressAsync(cancellationToken),
                queryId.ToString(), cancellationToken);
        }
        catch (BrokerUnavailableException ex)
        {
            // No worker will ever see this query: it must not stay pending. The caller gets 503 and asks again.
            await queries.MarkFailedAsync(queryId, "The question could not be queued (the message broker was unavailable); ask it again.", CancellationToken.None);
            Activity.Current?.SetTag("ragqa.outcome", "not_queued");
            logger.LogWarning("Query {QueryId} could not be queued: {Reason}", queryId, ex.Message);
            throw;
        }
    }
}
