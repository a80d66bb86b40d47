using System.Text;
using RagQa.Core.Ingestion;
using RagQa.Core.Ingestion.Parsing;

namespace RagQa.Tests.Ingestion.Parsing;

/// <summary>Runs a parser over bytes and collects what it yields.</summary>
internal static class ParserRun
{
    public static async Task<List<SourceRecord?>> ParseAsync(IDocumentParser parser, byte[] content, string? fileName = null, CsvMapping? mapping = null)
    {
        var records = new List<SourceRecord?>();
        await foreach (var record in parser.ParseAsync(new MemoryStream(content), new DocumentParseOptions(fileName, mapping), CancellationToken.None))
        {
            records.Add(record);
        }
        return records;
    }

    public static Task<List<SourceRecord?>> ParseAsync(IDocumentParser parser, string content, string? fileName = null, CsvMapping? mapping = null) =>
        ParseAsync(parser, new UTF8Encoding(false).GetBytes(content), fileName, mapping);

    /// <summary>Bytes that are not text: a PNG signature, NULs and high bytes.</summary>
    public static byte[] BinaryGarbage()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00];
        png.CopyTo(bytes, 0);
        return bytes;
    }
}
