using System.Text;

namespace RagQa.Core.Ingestion;

/// <summary>
/// Reads a multipart form field's value (UTF-8) up to a length and no further, so an oversized field is refused after
/// a few kilobytes, not after the client has sent it all into memory.
/// </summary>
public static class FormFieldReader
{
    /// <returns>The value, or null when it is longer than <paramref name="maxChars"/> (the rest is left unread).</returns>
    public static async Task<string?> ReadAsync(Stream body, int maxChars, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1024, leaveOpen: true);
        var buffer = new char[maxChars + 1];
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await reader.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            if (read == 0) break;
            filled += read;
        }
        return filled > maxChars ? null : new string(buffer, 0, filled);
    }
}
