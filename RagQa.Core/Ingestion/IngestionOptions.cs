using System.ComponentModel.DataAnnotations;
using RagQa.Core.Ingestion.Parsing;

namespace RagQa.Core.Ingestion;

/// <summary>Settings of the ingestion pipeline, section <c>Ingestion</c>.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Largest accepted upload (default 2 GiB).</summary>
    [Range(1, long.MaxValue, ErrorMessage = "Ingestion:MaxUploadBytes must be positive.")]
    public long MaxUploadBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Chunks per embed message, i.e. texts per embedding-model call.</summary>
    [Range(1, 2048, ErrorMessage = "Ingestion:EmbedBatchSize must be between 1 and 2048.")]
    public int EmbedBatchSize { get; set; } = 100;

    /// <summary>Longest CSV field in characters (default 1 Mi); a longer one fails the document with <c>csv_field_too_large</c>.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Ingestion:MaxCsvFieldChars must be positive.")]
    public int MaxCsvFieldChars { get; set; } = ParseLimits.Default.MaxCsvFieldChars;

    /// <summary>Most pages of a PDF (default 5000); more fail the document with <c>pdf_too_many_pages</c>.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Ingestion:MaxPdfPages must be positive.")]
    public int MaxPdfPages { get; set; } = ParseLimits.Default.MaxPdfPages;

    /// <summary>Largest decompressed PDF stream in bytes (default 64 MiB); a larger one fails the document with <c>pdf_stream_too_large</c>.</summary>
    [Range(1, long.MaxValue, ErrorMessage = "Ingestion:MaxPdfStreamBytes must be positive.")]
    public long MaxPdfStreamBytes { get; set; } = ParseLimits.Default.MaxPdfStreamBytes;

    public ParseLimits ParseLimits => new(MaxCsvFieldChars, MaxPdfPages, MaxPdfStreamBytes);

    /// <summary>
    /// Slowest an upload's body may arrive, in bytes per second after a 10 s grace period (Kestrel's
    /// MinRequestBodyDataRate, set per upload; default 1 KiB/s): a client trickling bytes is cut off.
    /// </summary>
    [Range(1, double.MaxValue, ErrorMessage = "Ingestion:MinUploadBytesPerSecond must be positive.")]
    public double MinUploadBytesPerSecond { get; set; } = 1024;

    /// <summary>Longest one upload may take to arrive (default 30 min); past it the api answers 408 <c>upload_timeout</c>.</summary>
    public TimeSpan UploadTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
