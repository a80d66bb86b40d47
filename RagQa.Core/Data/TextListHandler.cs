using System.Data;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace RagQa.Core.Data;

/// <summary>A <c>text[]</c> column as an <see cref="IReadOnlyList{T}"/> of strings (Npgsql reads it as <c>string[]</c>).</summary>
public sealed class TextListHandler : SqlMapper.TypeHandler<IReadOnlyList<string>>
{
    public override IReadOnlyList<string> Parse(object value) => (string[])value;

    public override void SetValue(IDbDataParameter parameter, IReadOnlyList<string>? value)
    {
        ((NpgsqlParameter)parameter).NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text;
        parameter.Value = value?.ToArray();
    }
}
