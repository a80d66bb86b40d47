using System.Diagnostics.Metrics;

namespace RagQa.Core.Caching;

/// <summary>The instruments of the "RagQa.Cache" meter.</summary>
internal sealed class CacheMetrics
{
    public const string MeterName = "RagQa.Cache";

    /// <summary>Tier tag values of <c>ragqa.cache.hits</c>: an exact repeat the API answered, or a near-identical question the query worker matched.</summary>
    public const string ExactTier = "exact", SemanticTier = "semantic";

    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _invalidated;

    public CacheMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _hits = meter.CreateCounter<long>("ragqa.cache.hits", "{lookup}", "Questions answered from the cache, by collection and tier (exact, semantic).");
        _misses = meter.CreateCounter<long>("ragqa.cache.misses", "{lookup}", "Lookups that found no reusable answer (including when Redis is unavailable).");
        _errors = meter.CreateCounter<long>("ragqa.cache.errors", "{operation}", "Cache operations that failed because Redis was unavailable or erred, by operation.");
        _invalidated = meter.CreateCounter<long>("ragqa.cache.invalidated", "{entry}", "Cached answers removed because a document or collection changed, by scope.");
    }

    public void Hit(string collection, string tier) => _hits.Add(1, Collection(collection), new KeyValuePair<string, object?>("tier", tier));

    public void Miss(string collection) => _misses.Add(1, Collection(collection));

    /// <param name="operation">lookup, store or invalidate.</param>
    public void Error(string operation) => _errors.Add(1, new KeyValuePair<string, object?>("operation", operation));

    /// <param name="scope">document or collection.</param>
    public void Invalidated(string scope, long entries) => _invalidated.Add(entries, new KeyValuePair<string, object?>("scope", scope));

    private static KeyValuePair<string, object?> Collection(string collection) => new("collection", collection);
}
