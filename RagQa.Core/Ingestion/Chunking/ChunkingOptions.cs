using System.ComponentModel.DataAnnotations;

namespace RagQa.Core.Ingestion.Chunking;

/// <summary>How long texts are cut into chunks, section <c>Ingestion:Chunking</c>. Sizes are in model tokens.</summary>
public sealed class ChunkingOptions : IValidatableObject
{
    public const string Section = "Ingestion:Chunking";

    /// <summary>Largest chunk. 256 is the window of the default embedding model (all-MiniLM-L6-v2), which ignores the rest.</summary>
    [Range(8, 8192, ErrorMessage = "Ingestion:Chunking:MaxTokens must be between 8 and 8192.")]
    public int MaxTokens { get; set; } = 256;

    /// <summary>How much of the end of one chunk is repeated at the start of the next, so a sentence cut by a boundary is still found whole.</summary>
    [Range(0, 8191, ErrorMessage = "Ingestion:Chunking:OverlapTokens must be between 0 and 8191.")]
    public int OverlapTokens { get; set; } = 32;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OverlapTokens >= MaxTokens)
        {
            yield return new ValidationResult(
                $"Ingestion:Chunking:OverlapTokens ({OverlapTokens}) must be less than Ingestion:Chunking:MaxTokens ({MaxTokens}).",
                [nameof(OverlapTokens)]);
        }
    }
}
