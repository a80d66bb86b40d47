namespace RagQa.Core.Ingestion.Parsing;

/// <summary>
/// Bounds on what one upload may make a parser hold or do, so a hostile or broken file fails its document
/// instead of exhausting the ingest worker's memory. Configured under <c>Ingestion</c> (<see cref="IngestionOptions"/>).
/// </summary>
/// <param name="MaxCsvFieldChars">Longest CSV field; CsvHelper otherwise buffers one quoted field whole, however long.</param>
/// <param name="MaxPdfPages">Most pages a PDF may have.</param>
/// <param name="MaxPdfStreamBytes">Largest decompressed PDF stream (page content, font, ...): a few KB of deflate can inflate to gigabytes.</param>
public sealed record ParseLimits(int MaxCsvFieldChars, int MaxPdfPages, long MaxPdfStreamBytes)
{
    public static readonly ParseLimits Default = new(MaxCsvFieldChars: 1024 * 1024, MaxPdfPages: 5000, MaxPdfStreamBytes: 64L * 1024 * 1024);
}
