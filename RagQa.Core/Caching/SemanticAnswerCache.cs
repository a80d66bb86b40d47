using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RagQa.Core.Caching;

/// <summary>
/// Answers kept in Redis for questions asked again, in two tiers. An exact repeat (<see cref="ExactQuestionKey"/>) is
/// one GET the API makes before publishing (<see cref="GetExactRepeatAsync"/>). Otherwise the query worker finds an
/// entry through its <see cref="AnswerCacheKey.Bucket"/>
/// (a Redis set of entry keys: same collection, filter, top-k, model and top-3 chunks) and reuses it when its
/// question embedding is at least <see cref="CacheOptions.MinSimilarity"/> similar to the new one (any entry, for an
/// exact key: <see cref="AnswerCacheKey.ForAggregate"/>). Both entries of an answer are
/// listed under each document it was retrieved from (<c>ragqa:cache:doc:{id}</c>) and under its collection
/// (<c>ragqa:cache:collection:{name}</c>), so deleting a document or changing a collection removes exactly the
/// answers built on it, in both tiers. Writes and invalidations are Lua scripts, each atomic in Redis.
/// </summary>
/// <remarks>
/// The cache is an optimisation: when Redis is unreachable a lookup is a miss and a store is skipped (logged and
/// counted). Invalidation is the exception — it throws, so that deleting a document cannot succeed while
/// answers quoting it may still be served. Scripts touch keys they find in sets, so they assume a single Redis
/// node (or a cluster with all <c>ragqa:cache:*</c> keys in one slot), as Aspire provisions.
/// </remarks>
public sealed class SemanticAnswerCache
{
    public const string ActivitySourceName = "RagQa.Cache";

    private const string Prefix = "ragqa:cache:";

    private const string LookupScript =
        """
        local values = {}
        for _, key in ipairs(redis.call('SMEMBERS', KEYS[1])) do
            local value = redis.call('GET', key)
            if value then values[#values + 1] = value else redis.call('SREM', KEYS[1], key) end
        end
        return values
        """;

    /// <summary>
    /// KEYS: entry, bucket, exact-repeat entry, then (index set, tombstone) for the collection and for each document.
    /// ARGV: payload (empty: the exact-repeat entry only), TTL in seconds, exact-repeat payload (empty: none).
    /// </summary>
    private const string StoreScript =
        """
        for i = 5, #KEYS, 2 do
            if redis.call('EXISTS', KEYS[i]) == 1 then return 0 end
        end
        local ttl = tonumber(ARGV[2])
        local entry = ARGV[1] ~= ''
        local exact = ARGV[3] ~= ''
        if entry then
            redis.call('SET', KEYS[1], ARGV[1], 'EX', ttl)
            redis.call('SADD', KEYS[2], KEYS[1])
            redis.call('EXPIRE', KEYS[2], ttl)
        end
        if exact then redis.call('SET', KEYS[3], ARGV[3], 'EX', ttl) end
        for i = 4, #KEYS, 2 do
            if entry then redis.call('SADD', KEYS[i], KEYS[1]) end
            if exact then redis.call('SADD', KEYS[i], KEYS[3]) end
            redis.call('EXPIRE', KEYS[i], ttl)
        end
        return 1
        """;

    /// <summary>KEYS: index set, tombstone. ARGV: guard in seconds. Returns how many entries were deleted.</summary>
    private const string InvalidateScript =
        """
        redis.call('SET', KEYS[2], '1', 'EX', tonumber(ARGV[1]))
        local members = redis.call('SMEMBERS', KEYS[1])
        local removed = 0
        for i = 1, #members, 1000 do
            removed = removed + redis.call('DEL', unpack(members, i, math.min(i + 999, #members)))
        end
        redis.call('DEL', KEYS[1])
        return removed
        """;

    private static readonly ActivitySource Activity = new(ActivitySourceName);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IConnectionMultiplexer _redis;
    private readonly IOptions<CacheOptions> _options;
    private readonly CacheMetrics _metrics;
    private readonly ILogger<SemanticAnswerCache> _logger;

    public SemanticAnswerCache(IConnectionMultiplexer redis, IOptions<CacheOptions> options, IMeterFactory meterFactory, ILogger<SemanticAnswerCache> logger)
    {
        _redis = redis;
        _options = options;
        _metrics = new CacheMetrics(meterFactory);
        _logger = logger;
    }

    public static string DocumentSetKey(Guid documentId) => $"{Prefix}doc:{documentId:D}";

    public static string CollectionSetKey(string collection) => $"{Prefix}collection:{collection}";

    /// <summary>The most similar cached answer for the key's bucket, if it is similar enough; null on a miss or when Redis is unavailable.</summary>
    public async Task<CachedAnswer?> GetAsync(AnswerCacheKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var settings = _options.Value;
        if (!settings.Enabled) return null;
        using var activity = Activity.StartActivity("cache_lookup");
        activity?.SetTag("ragqa.collection", key.Collection);
        CachedAnswer? answer = null;
        if (Available("lookup"))
        {
            try
            {
                var values = (RedisResult[])(await _redis.GetDatabase().ScriptEvaluateAsync(LookupScript, [BucketKey(key)]).WaitAsync(cancellationToken))!;
                var best = 0.0;
                foreach (var value in values)
                {
                    if (Read((string?)value) is not { } entry) continue;
                    var similarity = key.IsExact ? 1 : AnswerCacheKey.Similarity(key.Embedding.Span, entry.Embedding);
                    if (similarity >= settings.MinSimilarity && similarity > best)
                    {
                        best = similarity;
                        answer = entry.Answer;
                    }
                }
                activity?.SetTag("ragqa.cache_candidates", values.Length).SetTag("ragqa.cache_similarity", best);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                Unavailable("lookup", ex);
            }
        }
        activity?.SetTag("ragqa.cache_hit", answer is not null);
        if (answer is null) _metrics.Miss(key.Collection);
        else _metrics.Hit(key.Collection, CacheMetrics.SemanticTier);
        return answer;
    }

    /// <summary>
    /// The answer stored for this exact repeat, aggregate or specific; null on a miss or when Redis is unavailable. Only
    /// hits are counted (tier exact): a miss goes on to the worker's semantic lookup, which counts the hit or the miss, so
    /// hits over hits plus misses stays the share of questions answered from the cache.
    /// </summary>
    public async Task<CachedAnswer?> GetExactRepeatAsync(ExactQuestionKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_options.Value.Enabled || !Available("lookup")) return null;
        using var activity = Activity.StartActivity("cache_lookup_exact");
        activity?.SetTag("ragqa.collection", key.Collection);
        CachedAnswer? answer = null;
        try
        {
            var values = await _redis.GetDatabase().StringGetAsync([ExactEntryKey(key.Aggregate), ExactEntryKey(key.Specific)]).WaitAsync(cancellationToken);
            answer = values.Select(value => ReadExact((string?)value)).FirstOrDefault(found => found is not null);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            Unavailable("lookup", ex);
        }
        activity?.SetTag("ragqa.cache_hit", answer is not null);
        if (answer is not null) _metrics.Hit(key.Collection, CacheMetrics.ExactTier);
        return answer;
    }

    /// <summary>
    /// Stores the answer for <see cref="CacheOptions.Ttl"/> and lists it under its collection and under every
    /// document it was retrieved from or cites. Skipped (returns false) when one of those was invalidated within
    /// <see cref="CacheOptions.InvalidationGuard"/>, when the cache is off, or when Redis is unavailable.
    /// </summary>
    /// <param name="exactRepeat">Where the API finds the answer when the same question is asked again; null to leave it to the semantic tier.</param>
    public Task<bool> SetAsync(AnswerCacheKey key, CachedAnswer answer, ExactQuestionKey? exactRepeat, CancellationToken cancellationToken) =>
        StoreAsync(key, answer, withEntry: true, exactRepeat, cancellationToken);

    /// <summary>
    /// Stores only the exact-repeat entry of an answer the semantic tier gave to a new wording, so the API answers that
    /// wording's next ask itself instead of sending it to the worker for the same hit. Listed for invalidation as
    /// <see cref="SetAsync"/> lists an answer.
    /// </summary>
    public Task<bool> SetExactRepeatAsync(AnswerCacheKey key, CachedAnswer answer, ExactQuestionKey exactRepeat, CancellationToken cancellationToken) =>
        StoreAsync(key, answer, withEntry: false, exactRepeat, cancellationToken);

    private async Task<bool> StoreAsync(AnswerCacheKey key, CachedAnswer answer, bool withEntry, ExactQuestionKey? exactRepeat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(answer);
        var settings = _options.Value;
        if (!settings.Enabled) return false;
        using var activity = Activity.StartActivity("cache_store");
        activity?.SetTag("ragqa.collection", key.Collection).SetTag("ragqa.cache_exact_only", !withEntry);
        if (!Available("store")) return false;

        var documents = key.DocumentIds.Concat(answer.Citations.Select(c => c.DocumentId)).Distinct().ToList();
        var keys = new List<RedisKey>(5 + 2 * documents.Count)
        {
            $"{Prefix}entry:{key.Bucket}:{key.Fingerprint}",
            BucketKey(key),
            ExactEntryKey(exactRepeat?.EntryFor(key.IsAggregate) ?? ""),
            CollectionSetKey(key.Collection),
            CollectionTombstoneKey(key.Collection),
        };
        foreach (var document in documents)
        {
            keys.Add(DocumentSetKey(document));
            keys.Add(DocumentTombstoneKey(document));
        }
        var payload = withEntry ? JsonSerializer.Serialize(new Entry(MemoryMarshal.AsBytes(key.Embedding.Span).ToArray(), answer), Json) : "";
        var exactPayload = exactRepeat is null ? "" : JsonSerializer.Serialize(answer, Json);
        var ttl = (long)Math.Ceiling(settings.Ttl.TotalSeconds);
        try
        {
            var stored = (long)(await _redis.GetDatabase().ScriptEvaluateAsync(StoreScript, [.. keys], [payload, ttl, exactPayload]).WaitAsync(cancellationToken)) == 1;
            activity?.SetTag("ragqa.cache_stored", stored);
            if (!stored) _logger.LogDebug("Not caching an answer of {Collection}: a document or the collection behind it was just invalidated", key.Collection);
            return stored;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            Unavailable("store", ex);
            return false;
        }
    }

    /// <summary>Deletes every cached answer retrieved from or citing the document. Throws when Redis is unavailable.</summary>
    /// <returns>How many answers were deleted.</returns>
    public Task<long> InvalidateDocumentAsync(Guid documentId, CancellationToken cancellationToken) =>
        InvalidateAsync("document", documentId.ToString("D"), DocumentSetKey(documentId), DocumentTombstoneKey(documentId), cancellationToken);

    /// <summary>Deletes every cached answer of the collection (e.g. after new documents were indexed into it). Throws when Redis is unavailable.</summary>
    /// <returns>How many answers were deleted.</returns>
    public Task<long> InvalidateCollectionAsync(string collection, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(collection);
        return InvalidateAsync("collection", collection, CollectionSetKey(collection), CollectionTombstoneKey(collection), cancellationToken);
    }

    private async Task<long> InvalidateAsync(string scope, string subject, string setKey, string tombstoneKey, CancellationToken cancellationToken)
    {
        var settings = _options.Value;
        if (!settings.Enabled) return 0;
        using var activity = Activity.StartActivity("cache_invalidate");
        activity?.SetTag("ragqa.cache_scope", scope);
        var guard = (long)Math.Ceiling(settings.InvalidationGuard.TotalSeconds);
        try
        {
            var removed = (long)(await _redis.GetDatabase().ScriptEvaluateAsync(InvalidateScript, [setKey, tombstoneKey], [guard]).WaitAsync(cancellationToken));
            activity?.SetTag("ragqa.cache_removed", removed);
            _metrics.Invalidated(scope, removed);
            _logger.LogInformation("Invalidated {Removed} cached answers of {Scope} {Subject}", removed, scope, subject);
            return removed;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            _metrics.Error("invalidate");
            _logger.LogError(ex, "Could not invalidate the cached answers of {Scope} {Subject}", scope, subject);
            throw;
        }
    }

    /// <summary>Skips the round trip (and its timeout) while the multiplexer knows Redis is down.</summary>
    private bool Available(string operation)
    {
        if (_redis.IsConnected) return true;
        _metrics.Error(operation);
        _logger.LogDebug("Redis is not connected; semantic cache {Operation} skipped", operation);
        return false;
    }

    private void Unavailable(string operation, Exception ex)
    {
        _metrics.Error(operation);
        _logger.LogWarning("Semantic cache {Operation} failed, continuing without the cache: {Reason}", operation, ex.Message);
    }

    private (sbyte[] Embedding, CachedAnswer Answer)? Read(string? value)
    {
        if (value is null) return null;
        try
        {
            var entry = JsonSerializer.Deserialize<Entry>(value, Json);
            if (entry?.Answer is null || entry.Embedding is null) return null;
            return (MemoryMarshal.Cast<byte, sbyte>(entry.Embedding).ToArray(), entry.Answer);
        }
        catch (JsonException ex)
        {
            _logger.LogDebug("Ignoring an unreadable cache entry: {Reason}", ex.Message);
            return null;
        }
    }

    private CachedAnswer? ReadExact(string? value)
    {
        if (value is null) return null;
        try
        {
            return JsonSerializer.Deserialize<CachedAnswer>(value, Json);
        }
        catch (JsonException ex)
        {
            _logger.LogDebug("Ignoring an unreadable exact-repeat entry: {Reason}", ex.Message);
            return null;
        }
    }

    private static string ExactEntryKey(string exactKey) => $"{Prefix}exact:{exactKey}";

    private static string BucketKey(AnswerCacheKey key) => $"{Prefix}bucket:{key.Bucket}";

    private static string DocumentTombstoneKey(Guid documentId) => $"{Prefix}invalidated:doc:{documentId:D}";

    private static string CollectionTombstoneKey(string collection) => $"{Prefix}invalidated:collection:{collection}";

    /// <summary>The stored form: the question's int8 embedding (base64 by the serializer) and the answer.</summary>
    private sealed record Entry(byte[] Embedding, CachedAnswer Answer);
}
