using System.ComponentModel.DataAnnotations;

namespace RagQa.Core.Caching;

/// <summary>Settings of the semantic answer cache, section <c>Cache</c>.</summary>
public sealed class CacheOptions
{
    public const string Section = "Cache";

    /// <summary>Off: every lookup misses and nothing is stored or invalidated.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long an answer is served from the cache.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Cache:Ttl must be between 1 second and 7 days.")]
    public TimeSpan Ttl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Least cosine similarity between a new question's embedding and a cached question's (same collection,
    /// filters, top-k and top-3 chunks) for the cached answer to be reused. Measured with all-MiniLM-L6-v2 on
    /// Portuguese: case, accent and punctuation variants of a question score ≈ 0.99, real paraphrases 0.88–0.90,
    /// and "reclamações menos comuns" vs "mais comuns" 0.90 — so only near-identical questions can safely share.
    /// </summary>
    [Range(0.5, 1.0, ErrorMessage = "Cache:MinSimilarity must be between 0.5 and 1.")]
    public double MinSimilarity { get; set; } = 0.97;

    /// <summary>
    /// After an invalidation, answers computed from retrievals that may predate it are refused for this long,
    /// so a query in flight while a document is deleted cannot put the document back into the cache.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Cache:InvalidationGuard must be between 1 second and 1 hour.")]
    public TimeSpan InvalidationGuard { get; set; } = TimeSpan.FromSeconds(30);
}
