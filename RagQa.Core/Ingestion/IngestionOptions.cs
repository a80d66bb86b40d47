using System.ComponentModel.DataAnnotations;

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
}
