using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using RagQa.Core.Messaging;

namespace RagQa.Core.Audit;

/// <summary>Rows of <c>audit_events</c>: written once per event id, read newest first.</summary>
public sealed class AuditStore(NpgsqlDataSource dataSource)
{
    /// <returns>False when the event was already stored (a redelivery).</returns>
    public async Task<bool> InsertAsync(AuditEvent audit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO audit_events (id, action, actor, subject_type, subject_id, details, occurred_at) " +
            "VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) ON CONFLICT (id) DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = audit.EventId });
        command.Parameters.Add(new NpgsqlParameter { Value = audit.Action });
        command.Parameters.Add(new NpgsqlParameter { Value = audit.Actor });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)audit.SubjectType ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)audit.SubjectId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(audit.Details) });
        command.Parameters.Add(new NpgsqlParameter { Value = audit.OccurredAt });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Newest first, filtered by action and subject when given.</summary>
    public async Task<IReadOnlyList<AuditEvent>> ListAsync(
        string? action, string? subjectType, string? subjectId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id, action, actor, subject_type, subject_id, details::text, occurred_at FROM audit_events " +
            "WHERE ($1::text IS NULL OR action = $1) AND ($2::text IS NULL OR subject_type = $2) AND ($3::text IS NULL OR subject_id = $3) " +
            "ORDER BY occurred_at DESC, id OFFSET $4 LIMIT $5");
        foreach (var filter in new[] { action, subjectType, subjectId })
        {
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)filter ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        }
        command.Parameters.Add(new NpgsqlParameter { Value = offset });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var events = new List<AuditEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new AuditEvent(
                reader.GetGuid(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(5)) ?? [],
                reader.GetFieldValue<DateTimeOffset>(6)));
        }
        return events;
    }
}
