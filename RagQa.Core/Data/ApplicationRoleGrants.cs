namespace RagQa.Core.Data;

/// <summary>
/// What the application role (the user of <c>ConnectionStrings:ragqa</c>) may do in the schema the owner role
/// migrates: read and write rows and use sequences, nothing else — no DDL, so a compromised service cannot drop or
/// alter a table. Default privileges extend the same to tables the owner creates later.
/// </summary>
public static class ApplicationRoleGrants
{
    /// <summary>The statements granting <paramref name="role"/> DML on the public schema, idempotent.</summary>
    public static IReadOnlyList<string> Statements(string role)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        var quoted = QuoteIdentifier(role);
        return
        [
            $"GRANT USAGE ON SCHEMA public TO {quoted}",
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {quoted}",
            $"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {quoted}",
            $"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {quoted}",
            $"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {quoted}",
        ];
    }

    /// <summary>A role name as a Postgres identifier: double-quoted, inner quotes doubled.</summary>
    public static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
