using System.Text.Json;
using Dapper;
using Npgsql;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;
using RagQa.Core.Chunks;
using RagQa.Core.Escalation;
using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Query;

/// <summary>Persists questions, answers and every retrieved result (queries, answers, query_results).</summary>
public sealed class QueryStore(NpgsqlDataSource dataSource, CitationStore citations, TimeProvider time)
{
    public async Task CreateAsync(NewQuery query, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        await connection.ExecuteAsync(new CommandDefinition($"INSERT INTO queries ({QueryColumns}) VALUES ({QueryValues})",
            QueryParameters(query, time.GetUtcNow()), cancellationToken: cancellationToken));
    }

    /// <summary>Who asked the query (<see cref="QueryOwner"/>), or null when there is no such query.</summary>
    public async Task<QueryOwner?> GetOwnerAsync(Guid queryId, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        return await connection.QuerySingleOrDefaultAsync<QueryOwner>(new CommandDefinition(
            "SELECT asker_key_id, access_token_sha256 FROM queries WHERE id = @queryId", new { queryId }, cancellationToken: cancellationToken));
    }

    /// <summary>The stored question for the worker, or null when unknown.</summary>
    public async Task<NewQuery?> GetRequestAsync(Guid queryId, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        var stored = await connection.QuerySingleOrDefaultAsync<StoredRequest>(new CommandDefinition(
            "SELECT question, collection, top_k, filters::text AS filters, correlation_id FROM queries WHERE id = @queryId", new { queryId },
            cancellationToken: cancellationToken));
        return stored is null
            ? null
            : new NewQuery(queryId, stored.Question, stored.Collection, stored.TopK, JsonSerializer.Deserialize<VectorFilter>(stored.Filters),
                stored.CorrelationId);
    }

    /// <summary>
    /// Stores the answer (with its mode, model, intent, language, grounding coverage and token usage), its citations and
    /// all retrieved results, and marks the query answered, in one statement; a second call for the same query changes nothing.
    /// </summary>
    /// <param name="model">The model that wrote the answer; null takes <see cref="ComposedAnswer.Model"/>.</param>
    public async Task<bool> SaveAnswerAsync(
        Guid queryId, ComposedAnswer answer, double confidence, IReadOnlyList<RetrievedChunk> retrieved, int latencyMs, string? model,
        CancellationToken cancellationToken)
    {
        var parameters = AnswerParameters(answer, confidence, retrieved, latencyMs, model, time.GetUtcNow());
        parameters.Add("queryId", queryId);
        await using var connection = dataSource.CreateConnection();
        return await connection.ExecuteAsync(new CommandDefinition(
            $"WITH asked AS (SELECT @queryId::uuid AS id), {InsertAnswerAndResults} " +
            "UPDATE queries SET status = @answered, answered_at = @now WHERE id IN (SELECT query_id FROM a)",
            parameters, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>
    /// Stores a question that is answered already (an exact repeat the API served from the cache) with its answer, in one
    /// statement: GET /query/{id} reads it as any other. One round trip, because on a cache hit the round trips are the cost.
    /// </summary>
    /// <returns>The query as the API shows it, read back from what was written rather than from the database.</returns>
    public async Task<QueryView> CreateAnsweredAsync(NewQuery query, ComposedAnswer answer, double confidence, int latencyMs, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var parameters = AnswerParameters(answer, confidence, CitedResults(query.Collection, answer), latencyMs, model: null, now);
        parameters.AddDynamicParams(QueryParameters(query, now));
        await using var connection = dataSource.CreateConnection();
        // Inserted answered: the statement's parts see one snapshot, so an UPDATE could not see the row inserted beside it.
        await connection.ExecuteAsync(new CommandDefinition(
            $"WITH asked AS (INSERT INTO queries ({QueryColumns}, status, answered_at) VALUES ({QueryValues}, @answered, @now) RETURNING id), " +
            $"{InsertAnswerAndResults} SELECT count(*) FROM a",
            parameters, cancellationToken: cancellationToken));
        return new QueryView(query.QueryId, QueryStatus.Answered, query.Question, query.Collection, answer.Text, answer.Mode, answer.Citations, confidence,
            answer.CacheHit, latencyMs, Error: null, now, now)
        {
            Kind = answer.Kind,
            Analysis = answer.Analysis,
        };
    }

    /// <summary>
    /// The results stored for an answer served from the cache, which skipped retrieval and the counts: its citations, as
    /// the aggregate path stores them (the store keeps only ids, scores and quotes).
    /// </summary>
    public static IReadOnlyList<RetrievedChunk> CitedResults(string collection, ComposedAnswer answer) =>
        answer.Citations.Select(c => new RetrievedChunk(
            new ChunkRecord(c.ChunkId, c.DocumentId, collection, c.SourceId, 0, c.Quote, new Dictionary<string, string>()), c.Score, null, null, null)).ToList();

    private const string QueryColumns = "id, question, collection, filters, top_k, correlation_id, asker_key_id, access_token_sha256, created_at";

    private const string QueryValues = "@queryId, @question, @collection, @filters::jsonb, @topK, @correlationId, @askerKeyId, @accessTokenSha256, @createdAt";

    /// <summary>
    /// The answer of the query in CTE <c>asked</c> (column <c>id</c>) and its results, as CTEs <c>a</c> (the answer's
    /// query id, when it was inserted: none when the query had one already) and <c>r</c>.
    /// </summary>
    private const string InsertAnswerAndResults =
        "a AS (INSERT INTO answers (query_id, answer, mode, model, confidence, latency_ms, intent, language, grounding_coverage, input_tokens, output_tokens, cache_hit, kind, analysis) " +
        "SELECT id, @text, @mode, @model, @confidence, @latencyMs, @intent, @language, @groundingCoverage, @inputTokens, @outputTokens, @cacheHit, @kind, @analysis::jsonb FROM asked " +
        "ON CONFLICT (query_id) DO NOTHING RETURNING query_id), " +
        "r AS (INSERT INTO query_results (query_id, rank, chunk_id, document_id, score, citation_index, quote) " +
        "SELECT a.query_id, u.* FROM a, unnest(@ranks::int[], @chunkIds::uuid[], @documentIds::uuid[], @scores::float8[], @citationIndexes::int[], @quotes::text[]) AS u)";

    private static object QueryParameters(NewQuery query, DateTimeOffset createdAt) => new
    {
        queryId = query.QueryId,
        question = query.Question,
        collection = query.Collection,
        filters = JsonSerializer.Serialize(query.Filter ?? new VectorFilter([])),
        topK = query.TopK,
        correlationId = query.CorrelationId,
        askerKeyId = query.Owner.AskerKeyId,
        accessTokenSha256 = query.Owner.AccessTokenSha256,
        createdAt,
    };

    private static DynamicParameters AnswerParameters(
        ComposedAnswer answer, double confidence, IReadOnlyList<RetrievedChunk> retrieved, int latencyMs, string? model, DateTimeOffset answeredAt)
    {
        var cited = answer.Citations.ToDictionary(c => c.ChunkId);
        return new DynamicParameters(new
        {
            text = answer.Text,
            mode = answer.Mode,
            model = model ?? answer.Model,
            confidence,
            latencyMs,
            intent = answer.Intent,
            language = answer.Language,
            groundingCoverage = answer.GroundingCoverage,
            inputTokens = answer.InputTokens,
            outputTokens = answer.OutputTokens,
            cacheHit = answer.CacheHit,
            kind = answer.Kind,
            analysis = answer.Analysis is null ? null : JsonSerializer.Serialize(answer.Analysis, AnalysisJson.Options),
            ranks = retrieved.Select((_, i) => i + 1).ToArray(),
            chunkIds = retrieved.Select(r => r.Chunk.Id).ToArray(),
            documentIds = retrieved.Select(r => r.Chunk.DocumentId).ToArray(),
            scores = retrieved.Select(r => r.Score).ToArray(),
            citationIndexes = retrieved.Select(r => cited.TryGetValue(r.Chunk.Id, out var c) ? (int?)c.Index : null).ToArray(),
            quotes = retrieved.Select(r => cited.TryGetValue(r.Chunk.Id, out var c) ? c.Quote : null).ToArray(),
            answered = QueryStatus.Answered,
            now = answeredAt,
        });
    }

    /// <summary>Marks a still-pending query failed with a reason the caller of GET /query/{id} sees; an answered query stays answered.</summary>
    public async Task MarkFailedAsync(Guid queryId, string error, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE queries SET status = @failed, error = @error WHERE id = @queryId AND status = @pending",
            new { queryId, error, failed = QueryStatus.Failed, pending = QueryStatus.Pending }, cancellationToken: cancellationToken));
    }

    public async Task<QueryView?> GetAsync(Guid queryId, CancellationToken cancellationToken)
    {
        (StoredQuery Query, QueryEscalation? Escalation) found;
        await using (var connection = dataSource.CreateConnection())
        {
            // Each row is a StoredQuery's columns, then a QueryEscalation's from escalation_id on (all null without one).
            var rows = await connection.QueryAsync<StoredQuery, QueryEscalation?, (StoredQuery, QueryEscalation?)>(new CommandDefinition(
                $"""
                SELECT q.id AS query_id, q.status, q.question, q.collection, a.answer, a.mode, a.confidence, COALESCE(a.cache_hit, false) AS cache_hit,
                       a.latency_ms, q.error, q.created_at, q.answered_at, a.kind, a.analysis::text AS analysis, {EscalationStore.QueryEscalationColumns}
                FROM queries q LEFT JOIN answers a ON a.query_id = q.id LEFT JOIN escalation_requests e ON e.query_id = q.id WHERE q.id = @queryId
                """,
                new { queryId }, cancellationToken: cancellationToken),
                (query, escalation) => (query, escalation), splitOn: "escalation_id");
            found = rows.FirstOrDefault();
        }
        if (found.Query is null) return null;
        var cited = await citations.ForQueriesAsync([queryId], cancellationToken);
        return found.Query.ToView(cited.GetValueOrDefault(queryId, []), found.Escalation);
    }
}
