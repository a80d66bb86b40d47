using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
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
        await using var command = dataSource.CreateCommand(
            "INSERT INTO queries (id, question, collection, filters, top_k, correlation_id, created_at) VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7)");
        command.Parameters.Add(new NpgsqlParameter { Value = query.QueryId });
        command.Parameters.Add(new NpgsqlParameter { Value = query.Question });
        command.Parameters.Add(new NpgsqlParameter { Value = query.Collection });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(query.Filter ?? new VectorFilter([])) });
        command.Parameters.Add(new NpgsqlParameter { Value = query.TopK });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.CorrelationId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The stored question for the worker, or null when unknown.</summary>
    public async Task<NewQuery?> GetRequestAsync(Guid queryId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT question, collection, top_k, filters::text, correlation_id FROM queries WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = queryId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new NewQuery(queryId, reader.GetString(0), reader.GetString(1), reader.GetInt32(2),
            JsonSerializer.Deserialize<VectorFilter>(reader.GetString(3)), reader.IsDBNull(4) ? null : reader.GetString(4));
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
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO answers (query_id, answer, mode, model, confidence, latency_ms, intent, language, grounding_coverage, input_tokens, output_tokens, cache_hit, kind, analysis) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (query_id) DO NOTHING",
            connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = queryId });
            insert.Parameters.Add(new NpgsqlParameter { Value = answer.Text });
            insert.Parameters.Add(new NpgsqlParameter { Value = answer.Mode });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)(model ?? answer.Model) ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            insert.Parameters.Add(new NpgsqlParameter { Value = confidence });
            insert.Parameters.Add(new NpgsqlParameter { Value = latencyMs });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)answer.Intent ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)answer.Language ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)answer.GroundingCoverage ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Double });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)answer.InputTokens ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)answer.OutputTokens ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
            insert.Parameters.Add(new NpgsqlParameter { Value = answer.CacheHit });
            insert.Parameters.Add(new NpgsqlParameter { Value = answer.Kind });
            insert.Parameters.Add(new NpgsqlParameter
            {
                Value = answer.Analysis is null ? DBNull.Value : JsonSerializer.Serialize(answer.Analysis, AnalysisJson.Options),
                NpgsqlDbType = NpgsqlDbType.Jsonb,
            });
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0) return false;
        }
        var cited = answer.Citations.ToDictionary(c => c.ChunkId);
        await using (var results = new NpgsqlCommand(
            "INSERT INTO query_results (query_id, rank, chunk_id, document_id, score, citation_index, quote) " +
            "SELECT $1, * FROM unnest($2::int[], $3::uuid[], $4::uuid[], $5::float8[], $6::int[], $7::text[])", connection, transaction))
        {
            results.Parameters.Add(new NpgsqlParameter { Value = queryId });
            results.Parameters.Add(new NpgsqlParameter { Value = retrieved.Select((_, i) => i + 1).ToArray() });
            results.Parameters.Add(new NpgsqlParameter { Value = retrieved.Select(r => r.Chunk.Id).ToArray() });
            results.Parameters.Add(new NpgsqlParameter { Value = retrieved.Select(r => r.Chunk.DocumentId).ToArray() });
            results.Parameters.Add(new NpgsqlParameter { Value = retrieved.Select(r => r.Score).ToArray() });
            results.Parameters.Add(new NpgsqlParameter { Value = retrieved.Select(r => cited.TryGetValue(r.Chunk.Id, out var c) ? (int?)c.Index : null).ToArray() });
            results.Parameters.Add(new NpgsqlParameter { Value = retrieved.Select(r => cited.TryGetValue(r.Chunk.Id, out var c) ? c.Quote : null).ToArray() });
            await results.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var update = new NpgsqlCommand("UPDATE queries SET status = 'answered', answered_at = $2 WHERE id = $1", connection, transaction))
        {
            update.Parameters.Add(new NpgsqlParameter { Value = queryId });
            update.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Marks a still-pending query failed with a reason the caller of GET /query/{id} sees; an answered query stays answered.</summary>
    public async Task MarkFailedAsync(Guid queryId, string error, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE queries SET status = 'failed', error = $2 WHERE id = $1 AND status = 'pending'");
        command.Parameters.Add(new NpgsqlParameter { Value = queryId });
        command.Parameters.Add(new NpgsqlParameter { Value = error });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<QueryView?> GetAsync(Guid queryId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT q.status, q.question, q.collection, a.answer, a.mode, a.confidence, COALESCE(a.cache_hit, false), a.latency_ms,
                   q.error, q.created_at, q.answered_at, {EscalationStore.QueryEscalationColumns}, a.kind, a.analysis::text
            FROM queries q LEFT JOIN answers a ON a.query_id = q.id LEFT JOIN escalation_requests e ON e.query_id = q.id WHERE q.id = $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = queryId });
        QueryView view;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken)) return null;
            view = new QueryView(queryId, reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                [],
                reader.IsDBNull(5) ? null : reader.GetDouble(5),
                reader.GetBoolean(6),
                reader.IsDBNull(7) ? null : reader.GetInt32(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.GetFieldValue<DateTimeOffset>(9),
                reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10),
                EscalationStore.ReadQueryEscalation(reader, 11))
            {
                Kind = reader.IsDBNull(19) ? null : reader.GetString(19),
                Analysis = reader.IsDBNull(20) ? null : JsonSerializer.Deserialize<AnalysisFigures>(reader.GetString(20), AnalysisJson.Options),
            };
        }
        var cited = await citations.ForQueriesAsync([queryId], cancellationToken);
        return view with { Citations = cited.GetValueOrDefault(queryId, []) };
    }
}
