using System.Data;
using Dapper;

namespace RagQa.Core.Data;

/// <summary>
/// A <c>timestamptz</c> column as a <see cref="DateTimeOffset"/> at UTC. Npgsql reads <c>timestamptz</c> as a UTC
/// <see cref="DateTime"/>, which Dapper would not hand to a record's <see cref="DateTimeOffset"/> constructor parameter.
/// </summary>
public sealed class UtcDateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        _ => (DateTimeOffset)value,
    };

    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        parameter.DbType = DbType.DateTimeOffset;
        parameter.Value = value;
    }
}
