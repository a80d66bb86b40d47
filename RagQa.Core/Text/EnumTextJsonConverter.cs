using System.Text.Json.Serialization;

namespace RagQa.Core.Text;

/// <summary>
/// Serializes an enum as its <see cref="EnumText"/> ("queued"). Put on the enum type with <c>[JsonConverter]</c>, so the
/// API, messages and caches all agree without each configuring it; numbers are refused when reading.
/// </summary>
public sealed class EnumTextJsonConverter<T>() : JsonStringEnumConverter<T>(EnumTextNamingPolicy.Instance, allowIntegerValues: false)
    where T : struct, Enum;
