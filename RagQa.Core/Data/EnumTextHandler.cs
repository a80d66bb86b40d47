using System.Data;
using Dapper;
using RagQa.Core.Text;

namespace RagQa.Core.Data;

/// <summary>An enum stored as its <see cref="EnumText"/> in a <c>text</c> column (a status), read back strictly.</summary>
public sealed class EnumTextHandler<T> : SqlMapper.TypeHandler<T> where T : struct, Enum
{
    public override T Parse(object value) => EnumText.Parse<T>((string)value);

    public override void SetValue(IDbDataParameter parameter, T value)
    {
        parameter.DbType = DbType.String;
        parameter.Value = EnumText.Of(value);
    }
}
