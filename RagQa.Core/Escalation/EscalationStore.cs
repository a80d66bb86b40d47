using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Npgsql;
using RagQa.Core.Answering;
using NpgsqlTypes;

namespace RagQa.Core.Escalation;

/// <summary>
/// Persists escalation requests (escalation_requests): at most one per query (a unique index), transitions applied only
/// from the statuses <see cref="EscalationStateMachine"/> allows, in the UPDATE itself so concurrent agents cannot both
/// make an invalid one. Counts <c>ragqa.escalations.created</c> and <c>ragqa.escalations.resolved</c>.
/// </summary>
public sealed class EscalationStore
{
    /// <summary>The columns <see cref="ReadQueryEscalation"/> reads, for any statement that joins escalation_requests as <c>e</c>.</summary>
    internal const string QueryEscalationColumns = "e.id, e.query_id, e.status, e.reason, e.source, e.created_at, e.resolution, e.resolved_at";

    private const string ViewSql =
        """
        SELECT e.id, e.query_id, e.status, e.reason, e.source, e.priority, e.impact, e.assignee, e.resolution,
               e.created_at, e.updated_at, e.assigned_at, e.resolved_at, q.question, q.collection, q.status, a.answer, a.confidence
        FROM escalation_requests e JOIN queries q ON q.id = e.query_id LEFT JOIN answers a ON a.query_id = e.query_id
        """;

    private static readonly ActivitySource Activity = new("RagQa.Escalation");

    private readonly NpgsqlDataSource _dataSource;
    private readonly CitationStore _citations;
    private readonly TimeProvider _time;
    private readonly EscalationMetrics _metrics;
    private readonly ILogger<EscalationStore> _logger;

    public EscalationStore(NpgsqlDataSource dataSource, CitationStore citations, TimeProvider time, IMeterFactory meterFactory, ILogger<EscalationStore> logger)
    {
        _dataSource = dataSource;
        _citations = citations;
        _time = time;
        _metrics = new EscalationMetrics(meterFactory);
        _logger = logger;
    }

    /// <summary>Opens the query's escalation, or returns the one it already has (then nothing changes).</summary>
    public async Task<EscalationCreated> CreateAsync(NewEscalation escalation, CancellationToken cancellationToken)
    {
        using var span = Activity.StartActivity("create_escalation");
        span?.SetTag("ragqa.query_id", escalation.QueryId).SetTag("ragqa.escalation.reason", escalation.Reason)
            .SetTag("ragqa.escalation.source", escalation.Source).SetTag("ragqa.escalation.priority", escalation.Priority.Value);
        var now = _time.GetUtcNow();
        bool created;
        await using (var insert = _dataSource.CreateCommand(
            "INSERT INTO escalation_requests (id, query_id, status, priority, reason, source, confidence, impact, created_at, updated_at) " +
            "VALUES ($1, $2, 'open', $3, $4, $5, $6, $7, $8, $8) ON CONFLICT (query_id) DO NOTHING"))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7(now) });
            insert.Parameters.Add(new NpgsqlParameter { Value = escalation.QueryId });
            insert.Parameters.Add(new NpgsqlParameter { Value = escalation.Priority.Value });
            insert.Parameters.Add(new NpgsqlParameter { Value = escalation.Reason });
            insert.Parameters.Add(new NpgsqlParameter { Value = escalation.Source });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)escalation.Confidence ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Double });
            insert.Parameters.Add(new NpgsqlParameter { Value = escalation.Priority.Impact.ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { Value = now });
            created = await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        var stored = await GetForQueryAsync(escalation.QueryId, cancellationToken)
            ?? throw new InvalidOperationException($"The escalation of query {escalation.QueryId} vanished after it was stored.");
        span?.SetTag("ragqa.escalation_id", stored.EscalationId).SetTag("ragqa.escalation.created", created);
        if (created)
        {
            _metrics.Created(escalation.Reason, escalation.Source);
            _logger.LogInformation("Opened escalation {EscalationId} for query {QueryId} ({Reason}, {Source}, priority {Priority} {PriorityLevel})",
                stored.EscalationId, escalation.QueryId, escalation.Reason, escalation.Source, escalation.Priority.Value, escalation.Priority.Level);
        }
        return new EscalationCreated(stored, created);
    }

    public async Task<QueryEscalation?> GetForQueryAsync(Guid queryId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {QueryEscalationColumns} FROM escalation_requests e WHERE e.query_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = queryId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadQueryEscalation(reader, 0) : null;
    }

    public async Task<EscalationView?> GetAsync(Guid escalationId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(ViewSql + " WHERE e.id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = escalationId });
        var found = await ReadViewsAsync(command, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>A page of escalations matching <paramref name="filter"/>, highest priority first, oldest first among equals.</summary>
    public async Task<EscalationPage> ListAsync(EscalationFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        const string where = "WHERE (cardinality($1::text[]) = 0 OR e.status = ANY($1)) AND (cardinality($2::text[]) = 0 OR " +
            "(CASE WHEN e.priority >= $3 THEN 'high' WHEN e.priority >= $4 THEN 'medium' ELSE 'low' END) = ANY($2))";
        await using var batch = _dataSource.CreateBatch();
        var list = new NpgsqlBatchCommand(ViewSql + " " + where + " ORDER BY e.priority DESC, e.created_at, e.id OFFSET $5 LIMIT $6");
        var count = new NpgsqlBatchCommand("SELECT count(*) FROM escalation_requests e " + where);
        foreach (var command in new[] { list, count })
        {
            command.Parameters.Add(new NpgsqlParameter { Value = filter.Statuses.ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = filter.PriorityLevels.ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = EscalationPriority.HighFrom });
            command.Parameters.Add(new NpgsqlParameter { Value = EscalationPriority.MediumFrom });
        }
        list.Parameters.Add(new NpgsqlParameter { Value = (page - 1) * pageSize });
        list.Parameters.Add(new NpgsqlParameter { Value = pageSize });
        batch.BatchCommands.Add(list);
        batch.BatchCommands.Add(count);

        var rows = new List<EscalationView>();
        long total;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) rows.Add(ReadView(reader));
            await reader.NextResultAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            total = reader.GetInt64(0);
        }
        return new EscalationPage(await WithCitationsAsync(rows, cancellationToken), page, pageSize, total);
    }

    /// <summary>
    /// Assigns (<paramref name="value"/> = the assignee) or resolves (<paramref name="value"/> = the resolution) an
    /// escalation, if its current status allows it.
    /// </summary>
    public async Task<TransitionResult> ApplyAsync(Guid escalationId, EscalationAction action, string value, CancellationToken cancellationToken)
    {
        using var span = Activity.StartActivity(action == EscalationAction.Assign ? "assign_escalation" : "resolve_escalation");
        span?.SetTag("ragqa.escalation_id", escalationId);
        var sql = action switch
        {
            EscalationAction.Assign => "UPDATE escalation_requests SET status = $3, assignee = $4, assigned_at = $5, updated_at = $5 " +
                "WHERE id = $1 AND status = ANY($2) RETURNING reason, query_id",
            _ => "UPDATE escalation_requests SET status = $3, resolution = $4, resolved_at = $5, updated_at = $5 " +
                "WHERE id = $1 AND status = ANY($2) RETURNING reason, query_id",
        };
        string? reason = null;
        Guid queryId = default;
        await using (var update = _dataSource.CreateCommand(sql))
        {
            update.Parameters.Add(new NpgsqlParameter { Value = escalationId });
            update.Parameters.Add(new NpgsqlParameter { Value = EscalationStateMachine.AllowedFrom(action).ToArray() });
            update.Parameters.Add(new NpgsqlParameter { Value = EscalationStateMachine.Target(action) });
            update.Parameters.Add(new NpgsqlParameter { Value = value });
            update.Parameters.Add(new NpgsqlParameter { Value = _time.GetUtcNow() });
            await using var reader = await update.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken)) (reason, queryId) = (reader.GetString(0), reader.GetGuid(1));
        }

        if (reason is null)
        {
            var current = await StatusAsync(escalationId, cancellationToken);
            span?.SetTag("ragqa.escalation.outcome", current is null ? "not_found" : "invalid_transition");
            if (current is null) return new TransitionResult(TransitionOutcome.NotFound, null, null);
            _logger.LogInformation("Escalation {EscalationId} is {EscalationStatus}; cannot {Action} it", escalationId, current, action);
            return new TransitionResult(TransitionOutcome.Invalid, null, current);
        }
        span?.SetTag("ragqa.query_id", queryId).SetTag("ragqa.escalation.outcome", "applied");
        if (action == EscalationAction.Resolve) _metrics.Resolved(reason);
        _logger.LogInformation("Escalation {EscalationId} of query {QueryId} is now {EscalationStatus}", escalationId, queryId, EscalationStateMachine.Target(action));
        return new TransitionResult(TransitionOutcome.Applied, await GetAsync(escalationId, cancellationToken), null);
    }

    internal static QueryEscalation? ReadQueryEscalation(NpgsqlDataReader reader, int first) =>
        reader.IsDBNull(first)
            ? null
            : new QueryEscalation(reader.GetGuid(first), reader.GetGuid(first + 1), reader.GetString(first + 2), reader.GetString(first + 3),
                reader.GetString(first + 4), reader.GetFieldValue<DateTimeOffset>(first + 5),
                reader.IsDBNull(first + 6) ? null : reader.GetString(first + 6),
                reader.IsDBNull(first + 7) ? null : reader.GetFieldValue<DateTimeOffset>(first + 7));

    private async Task<string?> StatusAsync(Guid escalationId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT status FROM escalation_requests WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = escalationId });
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private async Task<IReadOnlyList<EscalationView>> ReadViewsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<EscalationView>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) rows.Add(ReadView(reader));
        }
        return await WithCitationsAsync(rows, cancellationToken);
    }

    private async Task<IReadOnlyList<EscalationView>> WithCitationsAsync(List<EscalationView> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return rows;
        var citations = await _citations.ForQueriesAsync(rows.Select(r => r.QueryId).ToList(), cancellationToken);
        return rows.Select(r => r with { Citations = citations.GetValueOrDefault(r.QueryId, []) }).ToList();
    }

    private static EscalationView ReadView(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetDouble(5),
        reader.GetFieldValue<string[]>(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.GetFieldValue<DateTimeOffset>(9), reader.GetFieldValue<DateTimeOffset>(10),
        reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11),
        reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12),
        reader.GetString(13), reader.GetString(14), reader.GetString(15),
        reader.IsDBNull(16) ? null : reader.GetString(16),
        reader.IsDBNull(17) ? null : reader.GetDouble(17),
        []);
}
