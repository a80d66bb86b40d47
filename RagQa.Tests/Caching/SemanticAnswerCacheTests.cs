using System.Diagnostics.Metrics;
using RagQa.Core.Caching;
using RagQa.Core.Retrieval;
using RagQa.Tests.Infrastructure;
using StackExchange.Redis;
using static RagQa.Tests.Caching.CacheTestSupport;

namespace RagQa.Tests.Caching;

/// <summary>Against the real Redis of the test run; each test works in a collection and documents of its own.</summary>
[Collection(LocalServersCollection.Name)]
public sealed class SemanticAnswerCacheTests(LocalServers servers) : IAsyncLifetime
{
    private readonly string _collection = "c_" + Guid.NewGuid().ToString("N")[..10];
    private readonly Guid _documentA = Guid.NewGuid();
    private readonly Guid _documentB = Guid.NewGuid();
    private ConnectionMultiplexer _redis = null!;
    private SemanticAnswerCache _cache = null!;

    public async Task InitializeAsync()
    {
        _redis = await ConnectionMultiplexer.ConnectAsync(servers.RedisConnectionString);
        _cache = Cache(_redis);
    }

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    private RetrievedChunk[] FromA => [Chunk(_documentA, _collection, 0), Chunk(_documentA, _collection, 1), Chunk(_documentA, _collection, 2)];

    private RetrievedChunk[] FromB => [Chunk(_documentB, _collection, 0), Chunk(_documentB, _collection, 1), Chunk(_documentB, _collection, 2)];

    private AnswerCacheKey Key(RetrievedChunk[] retrieved, float[]? embedding = null, int topK = 5) =>
        AnswerCacheKey.For(_collection, null, topK, Model, embedding ?? Vector(0), retrieved);

    [Fact]
    public async Task A_stored_answer_is_returned_for_the_same_question()
    {
        var key = Key(FromA);
        var answer = Answer("A entrega atrasou [1].", FromA[0]);

        Assert.Null(await _cache.GetAsync(key, CancellationToken.None));
        Assert.True(await _cache.SetAsync(key, answer, exactRepeat: null, CancellationToken.None));
        var cached = await _cache.GetAsync(key, CancellationToken.None);

        Assert.NotNull(cached);
        Assert.Equal(answer.Text, cached.Text);
        Assert.Equal(answer.Mode, cached.Mode);
        Assert.Equal(answer.Confidence, cached.Confidence);
        Assert.Equal(answer.Citations, cached.Citations);
    }

    [Fact]
    public async Task A_near_identical_question_with_the_same_top_chunks_hits()
    {
        await _cache.SetAsync(Key(FromA, Vector(0)), Answer("resposta"), exactRepeat: null, CancellationToken.None);

        // cos ≈ 0.995: above the 0.97 default, though the tilt flips the sign of one dimension.
        Assert.NotNull(await _cache.GetAsync(Key(FromA, [1f, -0.1f, 0, 0, 0, 0, 0, 0]), CancellationToken.None));
        // cos ≈ 0.90, like "menos comuns" against "mais comuns": a miss.
        Assert.Null(await _cache.GetAsync(Key(FromA, Vector(0, tilt: 0.48f)), CancellationToken.None));
    }

    [Fact]
    public async Task The_most_similar_of_several_entries_in_a_bucket_answers()
    {
        await _cache.SetAsync(Key(FromA, Vector(0)), Answer("primeira"), exactRepeat: null, CancellationToken.None);
        await _cache.SetAsync(Key(FromA, Vector(0, tilt: -0.3f)), Answer("segunda"), exactRepeat: null, CancellationToken.None);

        Assert.Equal("segunda", (await _cache.GetAsync(Key(FromA, Vector(0, tilt: -0.25f)), CancellationToken.None))?.Text);
        Assert.Equal("primeira", (await _cache.GetAsync(Key(FromA, Vector(0, tilt: 0.05f)), CancellationToken.None))?.Text);
    }

    [Fact]
    public async Task Different_top_chunks_or_top_k_miss()
    {
        await _cache.SetAsync(Key(FromA), Answer("resposta"), exactRepeat: null, CancellationToken.None);

        Assert.Null(await _cache.GetAsync(Key(FromB), CancellationToken.None));
        Assert.Null(await _cache.GetAsync(Key([FromA[0], FromA[2], FromA[1]]), CancellationToken.None));
        Assert.Null(await _cache.GetAsync(Key(FromA, topK: 10), CancellationToken.None));
    }

    [Fact]
    public async Task Entries_and_their_index_sets_expire_after_the_configured_ttl()
    {
        var cache = Cache(_redis, new CacheOptions { Ttl = TimeSpan.FromMinutes(10) });
        await cache.SetAsync(Key(FromA), Answer("resposta"), exactRepeat: null, CancellationToken.None);
        var database = _redis.GetDatabase();

        var entries = await database.SetMembersAsync(SemanticAnswerCache.DocumentSetKey(_documentA));
        var entryTtl = await database.KeyTimeToLiveAsync((string)Assert.Single(entries)!);
        var setTtl = await database.KeyTimeToLiveAsync(SemanticAnswerCache.DocumentSetKey(_documentA));

        Assert.InRange(entryTtl!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        Assert.InRange(setTtl!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task Invalidating_a_document_removes_every_answer_built_on_it_and_only_those()
    {
        var mixed = FromB;
        await _cache.SetAsync(Key(FromA), Answer("de A"), exactRepeat: null, CancellationToken.None);
        // Retrieved from B only, but cites A: built on A as well.
        await _cache.SetAsync(Key(mixed, Signs(1)), Answer("de B, citando A", FromA[0]), exactRepeat: null, CancellationToken.None);
        await _cache.SetAsync(Key(FromB, Signs(2)), Answer("só de B"), exactRepeat: null, CancellationToken.None);

        Assert.Equal(2, await _cache.InvalidateDocumentAsync(_documentA, CancellationToken.None));

        Assert.Null(await _cache.GetAsync(Key(FromA), CancellationToken.None));
        Assert.Null(await _cache.GetAsync(Key(mixed, Signs(1)), CancellationToken.None));
        Assert.Equal("só de B", (await _cache.GetAsync(Key(FromB, Signs(2)), CancellationToken.None))?.Text);
        Assert.False(await _redis.GetDatabase().KeyExistsAsync(SemanticAnswerCache.DocumentSetKey(_documentA)));
    }

    [Fact]
    public async Task An_answer_on_a_just_invalidated_document_is_not_stored_again()
    {
        await _cache.InvalidateDocumentAsync(_documentA, CancellationToken.None);

        Assert.False(await _cache.SetAsync(Key(FromA), Answer("tarde demais"), exactRepeat: null, CancellationToken.None));
        Assert.False(await _cache.SetAsync(Key(FromB), Answer("cita A", FromA[0]), exactRepeat: null, CancellationToken.None));
        Assert.Null(await _cache.GetAsync(Key(FromA), CancellationToken.None));
        Assert.True(await _cache.SetAsync(Key(FromB, Vector(3)), Answer("só B"), exactRepeat: null, CancellationToken.None));
    }

    [Fact]
    public async Task Invalidating_a_collection_removes_all_its_answers()
    {
        var other = "c_" + Guid.NewGuid().ToString("N")[..10];
        var otherKey = AnswerCacheKey.For(other, null, 5, Model, Vector(0), [Chunk(Guid.NewGuid(), other)]);
        await _cache.SetAsync(Key(FromA), Answer("um"), exactRepeat: null, CancellationToken.None);
        await _cache.SetAsync(Key(FromB), Answer("dois"), exactRepeat: null, CancellationToken.None);
        await _cache.SetAsync(otherKey, Answer("outra coleção"), exactRepeat: null, CancellationToken.None);

        Assert.Equal(2, await _cache.InvalidateCollectionAsync(_collection, CancellationToken.None));

        Assert.Null(await _cache.GetAsync(Key(FromA), CancellationToken.None));
        Assert.Null(await _cache.GetAsync(Key(FromB), CancellationToken.None));
        Assert.NotNull(await _cache.GetAsync(otherKey, CancellationToken.None));
        Assert.False(await _cache.SetAsync(Key(FromA), Answer("tarde demais"), exactRepeat: null, CancellationToken.None));
    }

    [Fact]
    public async Task Hits_and_misses_are_counted()
    {
        var meters = MeterFactory();
        var cache = Cache(_redis, meters: meters);
        var counts = new Dictionary<string, long>();
        using var listener = CountCacheMeasurements(counts);

        await cache.GetAsync(Key(FromA), CancellationToken.None);
        await cache.SetAsync(Key(FromA), Answer("resposta"), exactRepeat: null, CancellationToken.None);
        await cache.GetAsync(Key(FromA), CancellationToken.None);
        await cache.GetAsync(Key(FromA), CancellationToken.None);

        Assert.Equal(2, counts.GetValueOrDefault("ragqa.cache.hits/semantic"));
        Assert.Equal(1, counts.GetValueOrDefault("ragqa.cache.misses/"));
    }

    [Fact]
    public async Task An_exact_repeat_finds_the_answer_stored_with_its_key_and_an_aggregate_one_whatever_its_top_k()
    {
        var specific = ExactQuestionKey.For("A entrega atrasou?", _collection, null, 5);
        var aggregate = ExactQuestionKey.For("Quais são as reclamações mais comuns?", _collection, null, 5);
        await _cache.SetAsync(Key(FromA), Answer("específica", FromA[0]), specific, CancellationToken.None);
        await _cache.SetAsync(AnswerCacheKey.ForAggregate(_collection, null, Model, "themes", ReadOnlyMemory<float>.Empty), Answer("agregada"), aggregate,
            CancellationToken.None);

        Assert.Equal("específica", (await _cache.GetExactRepeatAsync(specific, CancellationToken.None))?.Text);
        Assert.Equal(Answer("específica", FromA[0]).Citations, (await _cache.GetExactRepeatAsync(specific, CancellationToken.None))?.Citations);
        Assert.Null(await _cache.GetExactRepeatAsync(ExactQuestionKey.For("A entrega atrasou?", _collection, null, 10), CancellationToken.None));
        Assert.Equal("agregada", (await _cache.GetExactRepeatAsync(ExactQuestionKey.For("quais são as reclamações mais comuns?", _collection, null, 10),
            CancellationToken.None))?.Text);
    }

    [Fact]
    public async Task Invalidating_a_document_or_the_collection_removes_the_exact_repeats_too()
    {
        var fromA = ExactQuestionKey.For("A entrega atrasou?", _collection, null, 5);
        var fromB = ExactQuestionKey.For("O produto chegou quebrado?", _collection, null, 5);
        await _cache.SetAsync(Key(FromA), Answer("de A"), fromA, CancellationToken.None);
        await _cache.SetAsync(Key(FromB, Signs(2)), Answer("de B"), fromB, CancellationToken.None);

        Assert.Equal(2, await _cache.InvalidateDocumentAsync(_documentA, CancellationToken.None));
        Assert.Null(await _cache.GetExactRepeatAsync(fromA, CancellationToken.None));
        Assert.NotNull(await _cache.GetExactRepeatAsync(fromB, CancellationToken.None));

        await _cache.InvalidateCollectionAsync(_collection, CancellationToken.None);
        Assert.Null(await _cache.GetExactRepeatAsync(fromB, CancellationToken.None));
    }

    [Fact]
    public async Task A_semantic_hit_gives_its_wording_an_exact_repeat_entry_only_and_invalidation_removes_it()
    {
        var asked = ExactQuestionKey.For("A entrega atrasou?", _collection, null, 5);
        var reworded = ExactQuestionKey.For("A entrega chegou atrasada?", _collection, null, 5);
        await _cache.SetAsync(Key(FromA), Answer("de A", FromA[0]), asked, CancellationToken.None);
        var hit = await _cache.GetAsync(Key(FromA, [1f, -0.1f, 0, 0, 0, 0, 0, 0]), CancellationToken.None);

        Assert.True(await _cache.SetExactRepeatAsync(Key(FromA, [1f, -0.1f, 0, 0, 0, 0, 0, 0]), hit!, reworded, CancellationToken.None));

        Assert.Equal("de A", (await _cache.GetExactRepeatAsync(reworded, CancellationToken.None))?.Text);
        // The answer, its first wording's exact entry and the new wording's: no second semantic entry.
        Assert.Equal(3, await _cache.InvalidateDocumentAsync(_documentA, CancellationToken.None));
        Assert.Null(await _cache.GetExactRepeatAsync(reworded, CancellationToken.None));
    }

    [Fact]
    public async Task Exact_repeat_hits_are_counted_by_tier_and_their_misses_left_to_the_semantic_lookup()
    {
        var meters = MeterFactory();
        var cache = Cache(_redis, meters: meters);
        var counts = new Dictionary<string, long>();
        using var listener = CountCacheMeasurements(counts);
        var exact = ExactQuestionKey.For("A entrega atrasou?", _collection, null, 5);

        await cache.GetExactRepeatAsync(exact, CancellationToken.None);
        await cache.SetAsync(Key(FromA), Answer("resposta"), exact, CancellationToken.None);
        await cache.GetExactRepeatAsync(exact, CancellationToken.None);
        await cache.GetAsync(Key(FromA), CancellationToken.None);

        Assert.Equal(1, counts.GetValueOrDefault("ragqa.cache.hits/exact"));
        Assert.Equal(1, counts.GetValueOrDefault("ragqa.cache.hits/semantic"));
        Assert.Equal(0, counts.Where(c => c.Key.StartsWith("ragqa.cache.misses", StringComparison.Ordinal)).Sum(c => c.Value));
    }

    [Fact]
    public async Task A_disabled_cache_neither_stores_nor_finds()
    {
        var cache = Cache(_redis, new CacheOptions { Enabled = false });

        Assert.False(await cache.SetAsync(Key(FromA), Answer("resposta"), exactRepeat: null, CancellationToken.None));
        await _cache.SetAsync(Key(FromA), Answer("resposta"), exactRepeat: null, CancellationToken.None);
        Assert.Null(await cache.GetAsync(Key(FromA), CancellationToken.None));
        Assert.Equal(0, await cache.InvalidateDocumentAsync(_documentA, CancellationToken.None));
    }

    /// <summary>Adds up the RagQa.Cache counters into <paramref name="counts"/>, keyed "instrument/tier" (tier empty when untagged).</summary>
    private static MeterListener CountCacheMeasurements(Dictionary<string, long> counts)
    {
        var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "RagQa.Cache") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var key = $"{instrument.Name}/{tags.ToArray().FirstOrDefault(t => t.Key == "tier").Value}";
            lock (counts) counts[key] = counts.GetValueOrDefault(key) + value;
        });
        listener.Start();
        return listener;
    }
}
