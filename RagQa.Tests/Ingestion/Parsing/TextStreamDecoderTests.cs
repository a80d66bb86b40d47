using System.Text;
using RagQa.Core.Ingestion.Parsing;

namespace RagQa.Tests.Ingestion.Parsing;

public sealed class TextStreamDecoderTests
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    private static async Task<string> DecodeAsync(byte[] bytes, int chunk = int.MaxValue)
    {
        using var reader = await TextStreamDecoder.OpenAsync(new TricklingStream(bytes, chunk), CancellationToken.None);
        var text = new StringBuilder();
        var buffer = new char[1000];
        int read;
        while ((read = await TextStreamDecoder.ReadAsync(reader, buffer, CancellationToken.None)) > 0) text.Append(buffer, 0, read);
        return text.ToString();
    }

    [Fact]
    public async Task Utf8_without_a_byte_order_mark_is_read_as_utf8() =>
        Assert.Equal("reclamação 👍🏽", await DecodeAsync(Encoding.UTF8.GetBytes("reclamação 👍🏽")));

    [Fact]
    public async Task A_utf8_byte_order_mark_is_dropped() =>
        Assert.Equal("reclamação", await DecodeAsync([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("reclamação")]));

    [Fact]
    public async Task Latin1_bytes_are_read_as_latin1() =>
        Assert.Equal("reclamação, não", await DecodeAsync(Latin1.GetBytes("reclamação, não")));

    [Fact]
    public async Task Windows1252_typographic_quotes_and_the_euro_sign_are_read_as_such() =>
        Assert.Equal("“ótimo” €5", await DecodeAsync([0x93, .. Latin1.GetBytes("ótimo"), 0x94, 0x20, 0x80, 0x35]));

    [Fact]
    public async Task Utf16_with_a_byte_order_mark_is_read_as_utf16() =>
        Assert.Equal("reclamação", await DecodeAsync([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("reclamação")]));

    [Fact]
    public async Task A_multibyte_character_cut_by_the_end_of_the_detection_window_is_still_utf8()
    {
        var text = new string('a', TextStreamDecoder.DetectionWindowBytes - 1) + "ção";

        Assert.Equal(text, await DecodeAsync(Encoding.UTF8.GetBytes(text), chunk: 1000));
    }

    [Fact]
    public async Task Invalid_utf8_after_the_detection_window_fails_with_a_clear_reason()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(new string('a', TextStreamDecoder.DetectionWindowBytes + 10)), .. Latin1.GetBytes("ção")];

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => DecodeAsync(bytes, chunk: 4096));

        Assert.Contains("not valid UTF-8 after its first 64 KiB", error.Message);
    }

    [Fact]
    public async Task Binary_content_is_rejected() =>
        Assert.Contains("binary", (await Assert.ThrowsAsync<InvalidDataException>(() => DecodeAsync(ParserRun.BinaryGarbage()))).Message);

    [Fact]
    public async Task Empty_content_is_empty_text() => Assert.Equal("", await DecodeAsync([]));

    [Fact]
    public async Task A_document_longer_than_the_limit_is_refused()
    {
        var bytes = new byte[TextStreamDecoder.MaxDocumentCharacters + 1];
        bytes.AsSpan().Fill((byte)'a');

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => TextStreamDecoder.ReadToEndAsync(new MemoryStream(bytes), CancellationToken.None));

        Assert.Contains("split it", error.Message);
    }

    /// <summary>A non-seekable stream that returns at most <c>chunk</c> bytes a read, as uploads read from the database do.</summary>
    private sealed class TricklingStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);
    }
}
