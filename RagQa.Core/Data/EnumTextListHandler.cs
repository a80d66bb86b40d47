using System.Data;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using RagQa.Core.Text;

namespace RagQa.Core.Data;

/// <summary>A list of enum values as a <c>text[]</c> parameter of their <see cref="EnumText"/>, for <c>status = ANY(@allowed)</c>.</summary>
public sealed class EnumTextListHandler<T> : SqlMapper.TypeHandler<IReadOnlyList<T>> where T : struct, Enum
{
    public override IReadOnlyList<T> Parse(object value) => ((string[])value).Select(EnumText.Parse<T>).ToList();

    public override void SetValue(IDbDataParameter parameter, IReadOnlyList<T>? value)
    {
        ((NpgsqlParameter)parameter).NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text;
        parameter.Value = value?.Select(EnumText.Of).ToArray();
    }
}
