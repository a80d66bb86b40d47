using System.Text.Json;

namespace RagQa.Core.Text;

/// <summary>Names enum members in JSON the way <see cref="EnumText"/> writes them.</summary>
public sealed class EnumTextNamingPolicy : JsonNamingPolicy
{
    public static EnumTextNamingPolicy Instance { get; } = new();

    public override string ConvertName(string name) => EnumText.Name(name);
}
