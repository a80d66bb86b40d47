using System.Text;
using System.Text.Unicode;

namespace RagQa.Core.Ingestion.Parsing;

/// <summary>
/// Opens an uploaded text stream (CSV, plain text, Markdown) with the right encoding, decided from its first
/// <see cref="DetectionWindowBytes"/> bytes: a byte-order mark wins; else valid UTF-8 is read as UTF-8; else the bytes
/// are read as Windows-1252 (a superset of Latin-1 in practice, what spreadsheet exports from Windows produce).
/// </summary>
/// <remarks>
/// The stream cannot be rewound in general (uploads are read block by block from the database), so the choice is made
/// once from the head. The limitation: a file whose head is valid UTF-8 but that has invalid bytes further on fails at
/// that point with <see cref="InvalidDataException"/> saying so, rather than being read with replacement characters.
/// A head containing NUL bytes (and no UTF-16 byte-order mark) is binary, not text, and is rejected up front.
/// </remarks>
public static class TextStreamDecoder
{
    public const int DetectionWindowBytes = 64 * 1024;

    /// <summary>Whole-document formats (plain text, Markdown) are held in memory; past this they are refused, not allowed to exhaust it.</summary>
    public const int MaxDocumentCharacters = 32 * 1024 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    /// <summary>A reader over the whole stream (the head included) that owns the stream.</summary>
    public static async Task<TextReader> OpenAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var head = new byte[DetectionWindowBytes];
        var length = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var encoding = Detect(head.AsSpan(0, length), isWholeContent: length < head.Length);
        return new StreamReader(new PrefixedStream(head.AsMemory(0, length), content), encoding, detectEncodingFromByteOrderMarks: true);
    }

    /// <summary>The encoding to read a stream with, from its head; throws <see cref="InvalidDataException"/> for binary content.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> head, bool isWholeContent)
    {
        if (head is [0xEF, 0xBB, 0xBF, ..]) return StrictUtf8;
        // UTF-16/32 marks: the StreamReader switches to the marked encoding itself (and their text is full of NULs).
        if (head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]) return StrictUtf8;
        if (head.Contains((byte)0)) throw new InvalidDataException("The file is binary, not text (it contains NUL bytes).");
        return Utf8.IsValid(isWholeContent ? head : WithoutIncompleteTail(head)) ? StrictUtf8 : Windows1252;
    }

    /// <summary>Reads the whole document as text, up to <see cref="MaxDocumentCharacters"/>.</summary>
    public static async Task<string> ReadToEndAsync(Stream content, CancellationToken cancellationToken)
    {
        using var reader = await OpenAsync(content, cancellationToken);
        var text = new StringBuilder();
        var buffer = new char[16 * 1024];
        int read;
        while ((read = await ReadAsync(reader, buffer, cancellationToken)) > 0)
        {
            if (text.Length + read > MaxDocumentCharacters)
            {
                throw new InvalidDataException($"The document is longer than {MaxDocumentCharacters:N0} characters: split it into smaller files.");
            }
            text.Append(buffer, 0, read);
        }
        return text.ToString();
    }

    /// <summary>Reads from a reader this class opened, turning a late decoding failure into a clear <see cref="InvalidDataException"/>.</summary>
    public static async ValueTask<int> ReadAsync(TextReader reader, Memory<char> buffer, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(buffer, cancellationToken);
        }
        catch (DecoderFallbackException ex)
        {
            throw InvalidUtf8(ex);
        }
    }

    /// <summary>The failure for a file that looked like UTF-8 in its head and is not further on.</summary>
    public static InvalidDataException InvalidUtf8(DecoderFallbackException cause) => new(
        $"The file is not valid UTF-8 after its first {DetectionWindowBytes / 1024} KiB (the encoding is decided from those): " +
        "save it entirely as UTF-8 (or entirely as Windows-1252/Latin-1).", cause);

    /// <summary>The head without a multi-byte sequence cut off by the end of the window.</summary>
    private static ReadOnlySpan<byte> WithoutIncompleteTail(ReadOnlySpan<byte> head)
    {
        var lead = head.Length - 1;
        while (lead >= 0 && head.Length - lead < 4 && (head[lead] & 0xC0) == 0x80) lead--;
        if (lead < 0) return head;
        var needed = head[lead] >= 0xF0 ? 4 : head[lead] >= 0xE0 ? 3 : head[lead] >= 0xC0 ? 2 : 1;
        return head.Length - lead < needed ? head[..lead] : head;
    }
}
