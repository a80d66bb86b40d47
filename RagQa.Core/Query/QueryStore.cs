using System.Text.Json;
using Dapper;
using Npgsql;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;
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
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO queries (id, question, collection, filters, top_k, correlation_id, asker_key_id, access_token_sha256, created_at) " +
            "VALUES (@queryId, @question, @collection, @filters::jsonb, @topK, @correlationId, @askerKeyId, @accessTokenSha256, @now)",
            new
            {
                queryId = query.QueryId,
                question = query.Question,
                collection = query.Collection,
                filters = JsonSerializer.Serialize(query.Filter ?? new VectorFilter([])),
                topK = query.TopK,
                correlationId = query.CorrelationId,
                askerKeyId = query.Owner.AskerKeyId,
                accessTokenSha256 = query.Owner.AccessTokenSha256,
                now = time.GetUtcNow(),
            },
            cancellationToken: cancellationToken));
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
    /// all retrieved results in one transaction; a second call for the same query changes nothing.
    /// </summary>
    /// <param name="model">The model that wrote the answer; null takes <see cref="ComposedAnswer.Model"/>.</param>
    public async Task<bool> SaveAnswerAsync(
        Guid queryId, ComposedAnswer answer, double confidence, IReadOnlyList<RetrievedChunk> retrieved, int latencyMs, string? model,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO answers (query_id, answer, mode, model, confidence, latency_ms, intent, language, grounding_coverage, input_tokens, output_tokens, cache_hit, kind, analysis) " +
            "VALUES (@queryId, @text, @mode, @model, @confidence, @latencyMs, @intent, @language, @groundingCoverage, @inputTokens, @outputTokens, @cacheHit, @kind, @analysis::jsonb) " +
            "ON CONFLICT (query_id) DO NOTHING",
            new
            {
                queryId,
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
            },
            transaction, cancellationToken: cancellationToken));
        if (inserted == 0) return false;

        var cited = answer.Citations.ToDictionary(c => c.ChunkId);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO query_results (query_id, rank, chunk_id, document_id, score, citation_index, quote) " +
            "SELECT @queryId, * FROM unnest(@ranks::int[], @chunkIds::uuid[], @documentIds::uuid[], @scores::float8[], @citationIndexes::int[], @quotes::text[])",
            new
            {
                queryId,
                ranks = retrieved.Select((_, i) => i + 1).ToArray(),
                chunkIds = retrieved.Select(r => r.Chunk.Id).ToArray(),
                documentIds = retrieved.Select(r => r.Chunk.DocumentId).ToArray(),
                scores = retrieved.Select(r => r.Score).ToArray(),
                citationIndexes = retrieved.Select(r => cited.TryGetValue(r.Chunk.Id, out var c) ? (int?)c.Index : null).ToArray(),
                quotes = retrieved.Select(r => cited.TryGetValue(r.Chunk.Id, out var c) ? c.Quote : null).ToArray(),
            },
            transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE queries SET status = @answered, answered_at = @now WHERE id = @queryId",
            new { queryId, answered = QueryStatus.Answered, now = time.GetUtcNow() }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
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
