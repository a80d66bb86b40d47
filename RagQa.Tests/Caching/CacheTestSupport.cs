using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RagQa.Core.Answering;
using RagQa.Core.Caching;
using RagQa.Core.Chunks;
using RagQa.Core.Retrieval;
using StackExchange.Redis;

namespace RagQa.Tests.Caching;

internal static class CacheTestSupport
{
    public const string Model = "test-model";

    public static IMeterFactory MeterFactory() => new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    public static SemanticAnswerCache Cache(IConnectionMultiplexer redis, CacheOptions? options = null, IMeterFactory? meters = null) =>
        new(redis, Options.Create(options ?? new CacheOptions()), meters ?? MeterFactory(), NullLogger<SemanticAnswerCache>.Instance);

    public static RetrievedChunk Chunk(Guid documentId, string collection, int ordinal = 0) =>
        new(new ChunkRecord(ChunkIds.Chunk(documentId, ordinal), documentId, collection, $"review-{ordinal}", ordinal, $"texto {ordinal}", new Dictionary<string, string>()),
            0.5, 1, 1, 0.6);

    public static CachedAnswer Answer(string text, params RetrievedChunk[] cited) =>
        new(text, "extractive",
            cited.Select((c, i) => new Citation(i + 1, c.Chunk.Id, c.Chunk.DocumentId, c.Chunk.SourceId, c.Chunk.Text, c.Score)).ToList(),
            0.8);

    /// <summary>±1 in each dimension by the bits of <paramref name="pattern"/>: different patterns are different questions (distinct sign fingerprints, cosine ≤ 0.75).</summary>
    public static float[] Signs(int pattern, int dimensions = 8) =>
        Enumerable.Range(0, dimensions).Select(i => ((pattern >> i) & 1) == 1 ? 1f : -1f).ToArray();

    /// <summary>A unit vector pointing along <paramref name="axis"/>, slightly tilted towards the next axis.</summary>
    public static float[] Vector(int axis, float tilt = 0f, int dimensions = 8)
    {
        var vector = new float[dimensions];
        vector[axis] = 1f;
        vector[(axis + 1) % dimensions] = tilt;
        return vector;
    }
}
