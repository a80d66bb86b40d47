using System.Globalization;
using System.Text;

namespace RagQa.Core.Messaging;

/// <summary>The AMQP headers RagQa adds to a message, and how to read them back (strings arrive as UTF-8 bytes).</summary>
internal static class MessageHeaders
{
    /// <summary>Which handler attempt this delivery is (1 when absent).</summary>
    public const string Attempt = "x-ragqa-attempt";

    /// <summary>Why the last attempt failed, or why the message was dead-lettered.</summary>
    public const string Error = "x-ragqa-error";

    /// <summary>The work queue a dead-lettered message came from, so it can be replayed there.</summary>
    public const string OriginalQueue = "x-ragqa-queue";

    public const string DeadLetteredAt = "x-ragqa-dead-lettered-at";

    private const int MaxErrorLength = 1_000;

    public static int ReadAttempt(IDictionary<string, object?>? headers)
    {
        if (headers is null || !headers.TryGetValue(Attempt, out var value)) return 1;
        var attempt = value switch
        {
            int i => i,
            long l => (int)Math.Clamp(l, int.MinValue, int.MaxValue),
            byte[] bytes when int.TryParse(Encoding.UTF8.GetString(bytes), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => 1,
        };
        return Math.Max(attempt, 1);
    }

    public static string? ReadString(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value)
            ? value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                string text => text,
                _ => value?.ToString(),
            }
            : null;

    /// <summary>A failure reason short enough for a header (the broker caps frame sizes).</summary>
    public static string Describe(Exception exception)
    {
        var text = $"{exception.GetType().FullName}: {exception.Message}";
        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }
}
