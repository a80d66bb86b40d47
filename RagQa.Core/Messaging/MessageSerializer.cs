using System.Text.Json;

namespace RagQa.Core.Messaging;

/// <summary>The wire format of message bodies: UTF-8 JSON in snake_case, strict about missing or null required fields.</summary>
internal static class MessageSerializer
{
    public const string ContentType = "application/json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // A body missing a field would otherwise become a message full of empty Guids that fails later and
        // obscurely; refusing it here sends it straight to the dead-letter queue with a clear reason.
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    public static byte[] Serialize<TMessage>(TMessage message) => JsonSerializer.SerializeToUtf8Bytes(message, Options);

    /// <exception cref="JsonException">The body is not a valid <typeparamref name="TMessage"/>.</exception>
    public static TMessage Deserialize<TMessage>(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize<TMessage>(body, Options) ?? throw new JsonException("The body is JSON null.");
}
