using Npgsql;

namespace RagQa.Core.Analytics;

/// <summary>SQL with its positional parameters, built by <see cref="AnalysisSql"/> and run by <see cref="ReviewAnalytics"/>.</summary>
public sealed record AnalysisStatement(string Sql, IReadOnlyList<NpgsqlParameter> Parameters)
{
    public NpgsqlCommand CreateCommand(NpgsqlDataSource dataSource)
    {
        var command = dataSource.CreateCommand(Sql);
        // Parameters belong to one command: copies, so a statement can run more than once.
        foreach (var parameter in Parameters) command.Parameters.Add(parameter.Clone());
        return command;
    }
}
