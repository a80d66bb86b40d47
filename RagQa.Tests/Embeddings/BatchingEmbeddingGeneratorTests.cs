using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using RagQa.Core.Embeddings;
using RagQa.Tests.Caching;

namespace RagQa.Tests.Embeddings;

public sealed class BatchingEmbeddingGeneratorTests
{
    [Fact]
    public async Task Splits_requests_and_records_a_span_and_metrics_per_call()
    {
        var model = new EmbeddingModelInfo($"test-{Guid.NewGuid():N}", 32);
        var inner = new RecordingGenerator(new HashingEmbeddingGenerator(32));
        var meters = CacheTestSupport.MeterFactory();
        using var generator = new BatchingEmbeddingGenerator(inner, model, maxBatchSize: 100, new EmbeddingMetrics(meters));
        var spans = new List<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "RagQa.Embeddings",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem("ragqa.embedding.model"), model.ModelId)) lock (spans) spans.Add(activity);
            },
        };
        ActivitySource.AddActivityListener(activityListener);
        using var texts = new MetricCollector<long>(meters, "RagQa.Embeddings", "ragqa.embeddings.texts");
        using var durations = new MetricCollector<double>(meters, "RagQa.Embeddings", "ragqa.embeddings.batch.duration");
        var input = Enumerable.Range(0, 250).Select(i => $"texto {i}").ToList();

        var generated = await generator.GenerateAsync(input);

        Assert.Equal([100, 100, 50], inner.CallSizes);
        Assert.Equal(250, generated.Count);
        Assert.Equal(new HashingEmbeddingGenerator(32).Embed("texto 249"), generated[249].Vector.ToArray());
        Assert.Equal([100, 100, 50], spans.Select(s => (int)s.GetTagItem("ragqa.embedding.count")!));
        Assert.All(spans, s => Assert.Equal("embed", s.OperationName));
        Assert.Equal([100L, 100L, 50L], texts.GetMeasurementSnapshot().Select(m => m.Value));
        Assert.All(texts.GetMeasurementSnapshot(), m => Assert.Equal(model.ModelId, m.Tags["ragqa.embedding.model"]));
        Assert.Equal(3, durations.GetMeasurementSnapshot().Count);
        Assert.Equal("s", durations.Instrument!.Unit);
    }

    [Fact]
    public async Task A_vector_of_the_wrong_size_fails_naming_the_setting()
    {
        using var generator = new BatchingEmbeddingGenerator(new HashingEmbeddingGenerator(16), new EmbeddingModelInfo("m", 32), 10, Metrics());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => generator.GenerateAsync(["texto"]));

        Assert.Contains("Embeddings:Dimensions is 32", error.Message);
    }

    [Fact]
    public async Task Stops_between_calls_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var inner = new RecordingGenerator(new HashingEmbeddingGenerator(8), afterCall: cancellation.Cancel);
        using var generator = new BatchingEmbeddingGenerator(inner, new EmbeddingModelInfo(HashingEmbeddingGenerator.ModelId, 8), 2, Metrics());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => generator.GenerateAsync(["a", "b", "c", "d", "e"], cancellationToken: cancellation.Token));

        Assert.Equal([2], inner.CallSizes);
    }

    [Fact]
    public void Reports_the_configured_model_as_metadata()
    {
        using var generator = new BatchingEmbeddingGenerator(new HashingEmbeddingGenerator(8), new EmbeddingModelInfo("custom", 8), 10, Metrics());

        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.Equal("custom", metadata?.DefaultModelId);
        Assert.Equal(8, metadata?.DefaultModelDimensions);
        Assert.Equal("ragqa-hashing", metadata?.ProviderName);
    }

    private static EmbeddingMetrics Metrics() => new(CacheTestSupport.MeterFactory());

    private sealed class RecordingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, Action? afterCall = null)
        : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
    {
        public List<int> CallSizes { get; } = [];

        public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var list = values.ToList();
            CallSizes.Add(list.Count);
            var result = await base.GenerateAsync(list, options, cancellationToken);
            afterCall?.Invoke();
            return result;
        }
    }
}
