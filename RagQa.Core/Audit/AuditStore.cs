using Dapper;
using Npgsql;
using RagQa.Core.Messaging;

namespace RagQa.Core.Audit;

/// <summary>Rows of <c>audit_events</c>: written once per event id, read newest first.</summary>
public sealed class AuditStore(NpgsqlDataSource dataSource)
{
    /// <returns>False when the event was already stored (a redelivery).</returns>
    public async Task<bool> InsertAsync(AuditEvent audit, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        return await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO audit_events (id, action, actor, subject_type, subject_id, details, occurred_at) " +
            "VALUES (@eventId, @action, @actor, @subjectType, @subjectId, @details, @occurredAt) ON CONFLICT (id) DO NOTHING",
            new
            {
                eventId = audit.EventId,
                action = audit.Action,
                actor = audit.Actor,
                subjectType = audit.SubjectType,
                subjectId = audit.SubjectId,
                details = audit.Details,
                occurredAt = audit.OccurredAt,
            },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Newest first, filtered by action and subject when given.</summary>
    public async Task<IReadOnlyList<AuditEvent>> ListAsync(
        string? action, string? subjectType, string? subjectId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        var events = await connection.QueryAsync<AuditEvent>(new CommandDefinition(
            "SELECT id AS event_id, action, actor, subject_type, subject_id, details, occurred_at FROM audit_events " +
            "WHERE (@action::text IS NULL OR action = @action) AND (@subjectType::text IS NULL OR subject_type = @subjectType) " +
            "AND (@subjectId::text IS NULL OR subject_id = @subjectId) ORDER BY occurred_at DESC, id OFFSET @offset LIMIT @limit",
            new { action, subjectType, subjectId, offset, limit }, cancellationToken: cancellationToken));
        return events.AsList();
    }
}
