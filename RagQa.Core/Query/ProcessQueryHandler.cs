using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RagQa.Core.Answering;
using RagQa.Core.Audit;
using RagQa.Core.Data;
using RagQa.Core.Caching;
using RagQa.Core.Embeddings;
using RagQa.Core.Escalation;
using RagQa.Core.Guardrails;
using RagQa.Core.Ingestion;
using RagQa.Core.Messaging;
using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Query;

/// <summary>
/// The query pipeline in the worker, one span per step: classify the question; for aggregate questions look the
/// answer up in the semantic cache by what is counted (<c>cache_lookup</c>) and on a miss count themes over the whole
/// collection (<c>aggregate_reviews</c>); otherwise retrieve (<c>embed_query</c> and <c>vector_search</c> and
/// <c>rerank</c>, in <see cref="HybridRetriever"/>) and look the answer up by what was retrieved; on a miss write it (<c>llm_generate</c>:
/// the configured chat model, else extractive), check every sentence against its sources and redact any personal
/// data from the answer (<c>validate_output</c>; a failed check is audited), score confidence, persist everything
/// (<c>persist_answer</c>), escalate an unsure or unvalidated answer to a human (<see cref="AutomaticEscalation"/>),
/// then reply to the waiting API instance.
/// If the last delivery attempt fails, the query is marked failed with the reason, so GET /query/{id} does not
/// stay pending for ever.
/// </summary>
public sealed class ProcessQueryHandler(
    QueryStore queries,
    AutomaticEscalation escalation,
    HybridRetriever retriever,
    ReviewStatistics statistics,
    SemanticAnswerCache cache,
    IEmbeddingGenerator<string, Embedding<float>> embeddings,
    EmbeddingModelInfo embeddingModel,
    IReplySender replies,
    IOptions<AnswerOptions> answerOptions,
    IOptions<MessagingOptions> messagingOptions,
    TimeProvider time,
    ILogger<ProcessQueryHandler> logger,
    PiiRedactor redactor,
    IAuditTrail audit,
    ChatAnswerGenerator? chat = null) : IMessageHandler<ProcessQuery>
{
    private static readonly ActivitySource Activity = new("RagQa.Query");
    private static readonly ConcurrentDictionary<AnswerLanguage, PromptLeakDetector> LeakDetectors = new();

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

        (ComposedAnswer Answer, double Confidence) result;
        try
        {
            result = await AnswerAsync(query, started, activity, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            QueryMetrics.RecordFailure(time.GetElapsedTime(started));
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
        QueryMetrics.Record(result.Answer, result.Confidence, time.GetElapsedTime(started));
        activity?.SetTag("ragqa.outcome", QueryMetrics.OutcomeOf(result.Answer));
        await replies.ReplyAsync(context, new QueryAnswered(query.QueryId), cancellationToken);
    }

    private async Task<(ComposedAnswer Answer, double Confidence)> AnswerAsync(NewQuery query, long started, Activity? activity, CancellationToken cancellationToken)
    {
        var settings = answerOptions.Value;
        var question = QuestionIntentClassifier.Classify(query.Question);
        activity?.SetTag("ragqa.collection", query.Collection).SetTag("ragqa.top_k", query.TopK)
            .SetTag("ragqa.language", LanguageDetector.Code(question.Language));

        // An aggregate answer is looked up before the counts, which are the costly part (its key is what is counted);
        // other answers after retrieval, since their key is what was retrieved.
        Prepared? prepared = null;
        (ComposedAnswer Answer, double Confidence)? cached = null;
        if (question.IsAggregate)
        {
            var filter = QuestionFilterParser.Apply(query.Question, query.Filter);
            var key = await AggregateCacheKeyAsync(query, question, filter, settings, cancellationToken);
            cached = await CachedAsync(key, question, cancellationToken);
            if (cached is null) prepared = await AggregateAsync(query, question, filter, key, settings, cancellationToken);
        }
        if (cached is null && prepared is null)
        {
            question = question with { Intent = QuestionIntent.Specific };
            prepared = await RetrieveAsync(query, settings, cancellationToken);
            cached = await CachedAsync(prepared.CacheKey, question, cancellationToken);
        }
        activity?.SetTag("ragqa.intent", ClassifiedQuestion.Name(question.Intent));

        var (answer, confidence) = cached ?? await ComposeAsync(query, question, prepared!, settings, cancellationToken);
        activity?.SetTag("ragqa.mode", answer.Mode).SetTag("ragqa.confidence", confidence).SetTag("ragqa.citations", answer.Citations.Count)
            .SetTag("ragqa.cache_hit", answer.CacheHit);

        var latencyMs = (int)time.GetElapsedTime(started).TotalMilliseconds;
        using (Activity.StartActivity("persist_answer"))
        {
            await queries.SaveAnswerAsync(query.QueryId, answer, confidence, prepared?.Results ?? CitedResults(query.Collection, answer), latencyMs,
                model: null, cancellationToken);
        }
        var escalated = await escalation.EscalateIfNeededAsync(query, answer, confidence, cancellationToken);
        activity?.SetTag("ragqa.escalated", escalated is not null);
        logger.LogInformation("Answered query {QueryId} ({Intent}, {Mode}) with {Citations} citations, confidence {Confidence}, in {LatencyMs} ms; escalation {EscalationId}",
            query.QueryId, answer.Intent, answer.Mode, answer.Citations.Count, confidence, latencyMs, escalated?.EscalationId);
        return (answer, confidence);
    }

    private async Task<(ComposedAnswer, double)?> CachedAsync(AnswerCacheKey key, ClassifiedQuestion question, CancellationToken cancellationToken)
    {
        using var span = Activity.StartActivity("cache_lookup");
        var cached = await cache.GetAsync(key, cancellationToken);
        span?.SetTag("ragqa.cache_hit", cached is not null);
        if (cached is null) return null;
        var answer = new ComposedAnswer(cached.Text, cached.Citations, cached.Mode)
        {
            Model = cached.Model,
            Intent = ClassifiedQuestion.Name(question.Intent),
            Language = LanguageDetector.Code(question.Language),
            CacheHit = true,
        };
        return (answer, cached.Confidence);
    }

    private async Task<(ComposedAnswer, double)> ComposeAsync(
        NewQuery query, ClassifiedQuestion question, Prepared prepared, AnswerOptions settings, CancellationToken cancellationToken)
    {
        var draft = await GenerateAsync(query, question, prepared, cancellationToken);
        var answer = Validate(draft, question, prepared, settings, out var confidence, out var grounding, out var promptLeaked);
        // Sources are redacted at ingestion and questions before they are stored, but a model can still write
        // personal data (invented, or spelled out from placeholders): the answer is redacted before it is stored,
        // cached or returned.
        var redacted = redactor.Redact(answer.Text);
        if (redacted.Total > 0) answer = answer with { Text = redacted.Text };
        await AuditValidationAsync(query.QueryId, grounding, redacted.Total, promptLeaked, cancellationToken);
        if (draft.InputTokens is not null) System.Diagnostics.Activity.Current?.SetTag("ragqa.tokens.input", draft.InputTokens);
        if (draft.OutputTokens is not null) System.Diagnostics.Activity.Current?.SetTag("ragqa.tokens.output", draft.OutputTokens);
        QueryMetrics.RecordUsage(draft.Mode, draft.InputTokens ?? 0, draft.OutputTokens ?? 0,
            settings.EstimatedCost(draft.InputTokens ?? 0, draft.OutputTokens ?? 0));
        await cache.SetAsync(prepared.CacheKey, new CachedAnswer(answer.Text, answer.Mode, answer.Citations, confidence, answer.Model), cancellationToken);
        return (answer, confidence);
    }

    /// <summary>Answers depend on both models: a change of either must not serve an old answer.</summary>
    private string CacheModelId(AnswerOptions settings) => $"{embeddingModel.ModelId}|{settings.Provider}:{settings.ModelId}";

    /// <summary>
    /// The aggregate answer's cache key: exact when the answer is extractive (written from the counts alone); with the
    /// question's embedding when a chat model writes it, since the model reads the wording too.
    /// </summary>
    private async Task<AnswerCacheKey> AggregateCacheKeyAsync(
        NewQuery query, ClassifiedQuestion question, VectorFilter? filter, AnswerOptions settings, CancellationToken cancellationToken)
    {
        var embedding = chat is null ? ReadOnlyMemory<float>.Empty : await EmbedQuestionAsync(query.Question, cancellationToken);
        var counting = $"{settings.MaxThemes}|{settings.ExamplesPerTheme}|{settings.ComplaintMaxScore}|{settings.PraiseMinScore}";
        return AnswerCacheKey.ForAggregate(query.Collection, filter, query.TopK, CacheModelId(settings), question, counting, embedding);
    }

    /// <summary>Counts over the whole collection, or null when there is nothing in scope to count (then retrieval answers).</summary>
    private async Task<Prepared?> AggregateAsync(
        NewQuery query, ClassifiedQuestion question, VectorFilter? filter, AnswerCacheKey key, AnswerOptions settings, CancellationToken cancellationToken)
    {
        using var span = Activity.StartActivity("aggregate_reviews");
        span?.SetTag("ragqa.intent", ClassifiedQuestion.Name(question.Intent)).SetTag("ragqa.theme", question.Theme?.Key);
        if (question.Intent is QuestionIntent.CommonComplaints or QuestionIntent.CommonPraise)
        {
            var polarity = question.Intent == QuestionIntent.CommonComplaints ? ThemePolarity.Complaint : ThemePolarity.Praise;
            var breakdown = await statistics.BreakdownAsync(query.Collection, polarity, ScopeOf(polarity, filter, settings), filter,
                settings.MaxThemes, settings.ExamplesPerTheme, cancellationToken);
            span?.SetTag("ragqa.reviews", breakdown.ScopeReviews).SetTag("ragqa.themes", breakdown.Themes.Count);
            if (breakdown.ScopeReviews == 0) return null;
            var sources = AnswerSources.FromBreakdown(breakdown, question.Language);
            var agreement = AnswerSources.Share(breakdown.ThemedReviews, breakdown.ScopeReviews);
            return new Prepared(sources, AsResults(sources), breakdown, null, breakdown.ThemedReviews, agreement, key);
        }

        var scope = question.Polarity is { } p ? ScopeOf(p, filter, settings) : null;
        var count = await statistics.CountAsync(query.Collection, question, scope, filter, settings.ExamplesPerTheme * 2, cancellationToken);
        span?.SetTag("ragqa.reviews", count.Total).SetTag("ragqa.matching", count.Matching);
        if (count.Total == 0) return null;
        var countSources = AnswerSources.FromCount(count, question.Language);
        var exact = question.Theme is null && question.Terms is null;
        return new Prepared(countSources, AsResults(countSources), null, count, count.Matching, exact ? 1.0 : ConfidenceScorer.LexiconPrecision, key);
    }

    private async Task<Prepared> RetrieveAsync(NewQuery query, AnswerOptions settings, CancellationToken cancellationToken)
    {
        var retrieved = await retriever.RetrieveAsync(new RetrievalRequest(query.Collection, query.Question, query.TopK, query.Filter), cancellationToken);
        var sources = AnswerSources.FromRetrieved(query.Question, retrieved.Chunks, query.TopK);
        var embedding = retrieved.QueryEmbedding ?? await EmbedQuestionAsync(query.Question, cancellationToken);
        var key = AnswerCacheKey.For(query.Collection, retrieved.Filter, query.TopK, CacheModelId(settings), embedding, retrieved.Chunks);
        return new Prepared(sources, retrieved.Chunks, null, null, 0, 0, key);
    }

    /// <summary>The question's embedding: the semantic cache matches near-identical questions by it.</summary>
    private async Task<ReadOnlyMemory<float>> EmbedQuestionAsync(string question, CancellationToken cancellationToken)
    {
        using var span = Activity.StartActivity("embed_query");
        return (await embeddings.GenerateAsync([question], EmbeddingInput.ForQueries(), cancellationToken))[0].Vector;
    }

    private async Task<AnswerDraft> GenerateAsync(NewQuery query, ClassifiedQuestion question, Prepared prepared, CancellationToken cancellationToken)
    {
        using var span = Activity.StartActivity("llm_generate");
        if (chat is not null && prepared.Sources.Count > 0)
        {
            try
            {
                var draft = await chat.GenerateAsync(query.Question, question.Language, prepared.Sources, cancellationToken);
                span?.SetTag("ragqa.mode", draft.Mode).SetTag("ragqa.model", draft.Model);
                if (draft.InputTokens is not null) span?.SetTag("gen_ai.usage.input_tokens", draft.InputTokens);
                if (draft.OutputTokens is not null) span?.SetTag("gen_ai.usage.output_tokens", draft.OutputTokens);
                return draft;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // A grounded extractive answer beats none: the model failed after its own retries.
                logger.LogWarning(ex, "The chat model failed for query {QueryId}; answering extractively", query.QueryId);
                span?.SetTag("ragqa.llm_fallback", true);
            }
        }
        span?.SetTag("ragqa.mode", ExtractiveAnswerer.Mode);
        return prepared switch
        {
            { Breakdown: { } breakdown } => ExtractiveAnswerer.Breakdown(breakdown, prepared.Sources, question.Language),
            { Count: { } count } => ExtractiveAnswerer.Count(count, prepared.Sources, question.Language),
            _ => ExtractiveAnswerer.Specific(prepared.Sources, question.Language),
        };
    }

    /// <summary>
    /// An answer with unsupported sentences, nothing answerable left, or personal data in it failed validation:
    /// recorded once per query (the event id is derived from it, so a redelivery does not record it twice).
    /// </summary>
    private async Task AuditValidationAsync(Guid queryId, GroundingResult grounding, int piiRedacted, bool promptLeaked, CancellationToken cancellationToken)
    {
        if (grounding.UnsupportedSentences == 0 && piiRedacted == 0 && grounding.Text.Length > 0 && !promptLeaked) return;
        System.Diagnostics.Activity.Current?.SetTag("ragqa.pii_redacted", piiRedacted);
        await audit.RecordAsync(AuditActions.AnswerValidationFailed, AuditActors.System, AuditSubject.Query(queryId),
            new Dictionary<string, string>
            {
                ["unsupported_sentences"] = grounding.UnsupportedSentences.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["supported_sentences"] = grounding.SupportedSentences.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["pii_redacted"] = piiRedacted.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["answerable"] = grounding.Text.Length > 0 ? "true" : "false",
                ["prompt_leak"] = promptLeaked ? "true" : "false",
            }, NameBasedGuid.Create(queryId, 'v', 0), cancellationToken);
    }

    private static ComposedAnswer Validate(
        AnswerDraft draft, ClassifiedQuestion question, Prepared prepared, AnswerOptions settings, out double confidence, out GroundingResult checkedGrounding,
        out bool promptLeaked)
    {
        using var span = Activity.StartActivity("validate_output");
        var fromModel = draft.Mode != ExtractiveAnswerer.Mode;
        var grounding = checkedGrounding = GroundingValidator.Validate(draft.Text, draft.Sources, draft.Framing, question.Language, settings.MinSentenceSupport,
            removeUnsupported: fromModel);
        // A model draft that repeats the system prompt is withheld whole, even if grounding would have dropped the copied
        // sentences: the rest was written by a model that an extraction attempt got through to. The asker gets the
        // not-answerable phrase, and confidence 0 sends the query to a human.
        promptLeaked = fromModel && LeakDetectors.GetOrAdd(question.Language, language => new PromptLeakDetector(AnswerPrompt.SystemPrompt(language)))
            .Check(draft.Text).IsLeak;
        var text = grounding.Text.Length == 0 || promptLeaked ? AnswerPhrases.NotAnswerable(question.Language) : grounding.Text;
        List<Citation> citations = promptLeaked ? [] : draft.Sources
            .Where(s => grounding.CitedSources.Contains(s.Index))
            .Select(s => new Citation(s.Index, s.Chunk.Id, s.Chunk.DocumentId, s.Chunk.SourceId, s.Quote, s.Score))
            .ToList();
        var citedIds = citations.Select(c => c.ChunkId).ToHashSet();
        confidence = promptLeaked ? 0
            : question.IsAggregate
            ? ConfidenceScorer.ScoreAggregate(prepared.Reviews, prepared.Agreement, grounding.Coverage)
            : ConfidenceScorer.Score(prepared.Results.Where(r => citedIds.Contains(r.Chunk.Id)).ToList(), grounding.Coverage);
        span?.SetTag("ragqa.prompt_leak", promptLeaked).SetTag("ragqa.grounding_coverage", grounding.Coverage)
            .SetTag("ragqa.sentences_supported", grounding.SupportedSentences)
            .SetTag("ragqa.sentences_unsupported", grounding.UnsupportedSentences);
        return new ComposedAnswer(text, citations, draft.Mode)
        {
            Model = draft.Model,
            Intent = ClassifiedQuestion.Name(question.Intent),
            Language = LanguageDetector.Code(question.Language),
            GroundingCoverage = Math.Round(grounding.Coverage, 4),
            InputTokens = draft.InputTokens,
            OutputTokens = draft.OutputTokens,
        };
    }

    /// <summary>Complaints among low scores, praise among high ones — unless the question's filters already choose scores.</summary>
    private static ScoreRange? ScopeOf(ThemePolarity polarity, VectorFilter? filter, AnswerOptions settings)
    {
        if (filter is not null && filter.Conditions.Any(c => c.Key == QueryFilters.ScoreKey)) return null;
        return polarity == ThemePolarity.Complaint ? new ScoreRange(null, settings.ComplaintMaxScore) : new ScoreRange(settings.PraiseMinScore, null);
    }

    /// <summary>The cited examples of an aggregate answer, stored as its results (ranked by their full-text rank).</summary>
    private static IReadOnlyList<RetrievedChunk> AsResults(IReadOnlyList<AnswerSource> sources) =>
        sources.Select(s => new RetrievedChunk(s.Chunk, s.Score, null, null, null)).ToList();

    /// <summary>
    /// The results stored for an aggregate answer served from the cache, which skipped the counts: its citations, as
    /// the aggregate path stores them (the store keeps only ids, scores and quotes).
    /// </summary>
    private static IReadOnlyList<RetrievedChunk> CitedResults(string collection, ComposedAnswer answer) =>
        answer.Citations.Select(c => new RetrievedChunk(
            new ChunkRecord(c.ChunkId, c.DocumentId, collection, c.SourceId, 0, c.Quote, new Dictionary<string, string>()), c.Score, null, null, null)).ToList();

    /// <summary>What the answer is written from: numbered sources, the results to store, the aggregate figures if any, and its cache key.</summary>
    private sealed record Prepared(
        IReadOnlyList<AnswerSource> Sources,
        IReadOnlyList<RetrievedChunk> Results,
        ThemeBreakdown? Breakdown,
        SubjectCount? Count,
        int Reviews,
        double Agreement,
        AnswerCacheKey CacheKey);
}
