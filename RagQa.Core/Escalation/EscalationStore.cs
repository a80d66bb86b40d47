using System.Diagnostics;
using System.Diagnostics.Metrics;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;
using RagQa.Core.Answering;
using RagQa.Core.Text;

namespace RagQa.Core.Escalation;

/// <summary>
/// Persists escalation requests (escalation_requests): at most one per query (a unique index), transitions applied only
/// from the statuses <see cref="EscalationStateMachine"/> allows, in the UPDATE itself so concurrent agents cannot both
/// make an invalid one. Counts <c>ragqa.escalations.created</c> and <c>ragqa.escalations.resolved</c>.
/// </summary>
public sealed class EscalationStore
{
    /// <summary>
    /// The columns of a <see cref="QueryEscalation"/>, in its constructor's order, for any statement that joins
    /// escalation_requests as <c>e</c>; <c>escalation_id</c> comes first, to split them from the columns before.
    /// </summary>
    internal const string QueryEscalationColumns =
        "e.id AS escalation_id, e.query_id, e.status, e.reason, e.source, e.created_at, e.resolution, e.resolved_at";

    /// <summary>The columns of an <see cref="EscalationView"/>, in its constructor's order.</summary>
    private const string ViewSql =
        """
        SELECT e.id AS escalation_id, e.query_id, e.status, e.reason, e.source, e.priority, e.impact, e.assignee, e.resolution,
               e.created_at, e.updated_at, e.assigned_at, e.resolved_at, q.question, q.collection, q.status AS query_status,
               a.answer, a.confidence
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
        await using (var connection = _dataSource.CreateConnection())
        {
            created = await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO escalation_requests (id, query_id, status, priority, reason, source, confidence, impact, created_at, updated_at) " +
                "VALUES (@id, @queryId, @status, @priority, @reason, @source, @confidence, @impact, @now, @now) ON CONFLICT (query_id) DO NOTHING",
                new
                {
                    id = Guid.CreateVersion7(now),
                    queryId = escalation.QueryId,
                    status = EscalationStatus.Open,
                    priority = escalation.Priority.Value,
                    reason = escalation.Reason,
                    source = escalation.Source,
                    confidence = escalation.Confidence,
                    impact = escalation.Priority.Impact,
                    now,
                },
                cancellationToken: cancellationToken)) == 1;
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
        await using var connection = _dataSource.CreateConnection();
        return await connection.QuerySingleOrDefaultAsync<QueryEscalation>(new CommandDefinition(
            $"SELECT {QueryEscalationColumns} FROM escalation_requests e WHERE e.query_id = @queryId", new { queryId },
            cancellationToken: cancellationToken));
    }

    public async Task<EscalationView?> GetAsync(Guid escalationId, CancellationToken cancellationToken)
    {
        IEnumerable<EscalationView> found;
        await using (var connection = _dataSource.CreateConnection())
        {
            found = await connection.QueryAsync<EscalationView>(new CommandDefinition(
                ViewSql + " WHERE e.id = @escalationId", new { escalationId }, cancellationToken: cancellationToken));
        }
        var views = await WithCitationsAsync(found.AsList(), cancellationToken);
        return views.Count == 0 ? null : views[0];
    }

    /// <summary>A page of escalations matching <paramref name="filter"/>, highest priority first, oldest first among equals.</summary>
    public async Task<EscalationPage> ListAsync(EscalationFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        const string where = "WHERE (cardinality(@statuses) = 0 OR e.status = ANY(@statuses)) AND (cardinality(@levels) = 0 OR " +
            "(CASE WHEN e.priority >= @highFrom THEN 'high' WHEN e.priority >= @mediumFrom THEN 'medium' ELSE 'low' END) = ANY(@levels))";
        List<EscalationView> rows;
        long total;
        await using (var connection = _dataSource.CreateConnection())
        await using (var results = await connection.QueryMultipleAsync(new CommandDefinition(
            ViewSql + " " + where + " ORDER BY e.priority DESC, e.created_at, e.id OFFSET @offset LIMIT @limit; " +
            "SELECT count(*) FROM escalation_requests e " + where,
            new
            {
                statuses = filter.Statuses,
                levels = filter.PriorityLevels,
                highFrom = EscalationPriority.HighFrom,
                mediumFrom = EscalationPriority.MediumFrom,
                offset = (page - 1) * pageSize,
                limit = pageSize,
            },
            cancellationToken: cancellationToken)))
        {
            rows = (await results.ReadAsync<EscalationView>()).AsList();
            total = await results.ReadSingleAsync<long>();
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
            EscalationAction.Assign => "UPDATE escalation_requests SET status = @target, assignee = @value, assigned_at = @now, updated_at = @now " +
                "WHERE id = @escalationId AND status = ANY(@allowed)",
            _ => "UPDATE escalation_requests SET status = @target, resolution = @value, resolved_at = @now, updated_at = @now " +
                "WHERE id = @escalationId AND status = ANY(@allowed)",
        };
        int updated;
        await using (var connection = _dataSource.CreateConnection())
        {
            updated = await connection.ExecuteAsync(new CommandDefinition(sql,
                new
                {
                    escalationId,
                    allowed = EscalationStateMachine.AllowedFrom(action),
                    target = EscalationStateMachine.Target(action),
                    value,
                    now = _time.GetUtcNow(),
                },
                cancellationToken: cancellationToken));
        }

        if (updated == 0)
        {
            var current = await StatusAsync(escalationId, cancellationToken);
            span?.SetTag("ragqa.escalation.outcome", current is null ? "not_found" : "invalid_transition");
            if (current is null) return new TransitionResult(TransitionOutcome.NotFound, null, null);
            _logger.LogInformation("Escalation {EscalationId} is {EscalationStatus}; cannot {Action} it", escalationId, EnumText.Of(current.Value), action);
            return new TransitionResult(TransitionOutcome.Invalid, null, current);
        }
        var applied = await GetAsync(escalationId, cancellationToken)
            ?? throw new InvalidOperationException($"Escalation {escalationId} vanished after it was updated.");
        span?.SetTag("ragqa.query_id", applied.QueryId).SetTag("ragqa.escalation.outcome", "applied");
        if (action == EscalationAction.Resolve) _metrics.Resolved(applied.Reason);
        _logger.LogInformation("Escalation {EscalationId} of query {QueryId} is now {EscalationStatus}", escalationId, applied.QueryId,
            EnumText.Of(applied.Status));
        return new TransitionResult(TransitionOutcome.Applied, applied, null);
    }

    private async Task<EscalationStatus?> StatusAsync(Guid escalationId, CancellationToken cancellationToken)
    {
        await using var connection = _dataSource.CreateConnection();
        return await connection.QuerySingleOrDefaultAsync<EscalationStatus?>(new CommandDefinition(
            "SELECT status FROM escalation_requests WHERE id = @escalationId", new { escalationId }, cancellationToken: cancellationToken));
    }

    private async Task<IReadOnlyList<EscalationView>> WithCitationsAsync(List<EscalationView> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return rows;
        var citations = await _citations.ForQueriesAsync(rows.Select(r => r.QueryId).ToList(), cancellationToken);
        return rows.Select(r => r with { Citations = citations.GetValueOrDefault(r.QueryId, []) }).ToList();
    }
}
