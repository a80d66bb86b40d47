using System.Globalization;
using Npgsql;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Retrieval;

/// <summary>
/// Turns a metadata filter into SQL over <c>chunks.metadata</c>, with the same semantics as the vector stores. Positional
/// Npgsql parameters, for the two raw-Npgsql statements on the query path (<see cref="LexicalSearcher"/>, review statistics).
/// </summary>
public static class MetadataFilterSql
{
    /// <returns>An SQL fragment starting with <c>AND</c> (or empty) and its parameters, numbered from <paramref name="firstParameter"/>.</returns>
    public static (string Sql, IReadOnlyList<NpgsqlParameter> Parameters) Build(VectorFilter? filter, int firstParameter)
    {
        if (filter is null || filter.Conditions.Count == 0) return ("", []);
        var sql = new List<string>();
        var parameters = new List<NpgsqlParameter>();
        string Add(string value)
        {
            parameters.Add(new NpgsqlParameter { Value = value });
            return "$" + (firstParameter + parameters.Count - 1);
        }
        foreach (var condition in filter.Conditions)
        {
            var key = Add(condition.Key);
            var field = $"(c.metadata ->> {key})";
            if (condition.EqualTo is not null) sql.Add($"{field} = {Add(condition.EqualTo)}");
            if (condition.From is not null) sql.Add(Compare(field, ">=", condition.From, Add));
            if (condition.To is not null) sql.Add(Compare(field, "<=", condition.To, Add));
        }
        return (" AND " + string.Join(" AND ", sql), parameters);
    }

    private static string Compare(string field, string op, string bound, Func<string, string> add) =>
        double.TryParse(bound, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? $"({field} ~ '^-?[0-9]+(\\.[0-9]+)?$' AND {field}::double precision {op} {add(bound)}::double precision)"
            : $"{field} COLLATE \"C\" {op} {add(bound)}";
}
