using System.Data;
using System.Text.Json;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace RagQa.Core.Data;

/// <summary>
/// A <c>jsonb</c> object of string values (chunk metadata, audit details) as an <see cref="IReadOnlyDictionary{TKey,TValue}"/>;
/// Npgsql reads <c>jsonb</c> as its text.
/// </summary>
public sealed class JsonDictionaryHandler : SqlMapper.TypeHandler<IReadOnlyDictionary<string, string>>
{
    public override IReadOnlyDictionary<string, string> Parse(object value) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>((string)value) ?? [];

    public override void SetValue(IDbDataParameter parameter, IReadOnlyDictionary<string, string>? value)
    {
        ((NpgsqlParameter)parameter).NpgsqlDbType = NpgsqlDbType.Jsonb;
        parameter.Value = JsonSerializer.Serialize(value);
    }
}
