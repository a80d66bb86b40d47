using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.AI;
using RagQa.Core.Embeddings;

namespace RagQa.Tests.Embeddings;

public sealed class BatchingEmbeddingGeneratorTests
{
    [Fact]
    public async Task Splits_requests_and_records_a_span_and_metrics_per_call()
    {
        var model = new EmbeddingModelInfo($"test-{Guid.NewGuid():N}", 32);
        var inner = new RecordingGenerator(new HashingEmbeddingGenerator(32));
        using var generator = new BatchingEmbeddingGenerator(inner, model, maxBatchSize: 100);
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
        long texts = 0;
        var durations = 0;
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "RagQa.Embeddings") listener.EnableMeasurementEvents(instrument);
            },
        };
        meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "ragqa.embeddings.texts" && HasModel(tags, model)) Interlocked.Add(ref texts, value);
        });
        meterListener.SetMeasurementEventCallback<double>((instrument, _, tags, _) =>
        {
            if (instrument.Name == "ragqa.embeddings.batch.duration" && HasModel(tags, model)) Interlocked.Increment(ref durations);
        });
        meterListener.Start();
        var input = Enumerable.Range(0, 250).Select(i => $"texto {i}").ToList();

        var generated = await generator.GenerateAsync(input);

        Assert.Equal([100, 100, 50], inner.CallSizes);
        Assert.Equal(250, generated.Count);
        Assert.Equal(new HashingEmbeddingGenerator(32).Embed("texto 249"), generated[249].Vector.ToArray());
        Assert.Equal([100, 100, 50], spans.Select(s => (int)s.GetTagItem("ragqa.embedding.count")!));
        Assert.All(spans, s => Assert.Equal("embed", s.OperationName));
        Assert.Equal(250, texts);
        Assert.Equal(3, durations);
    }

    [Fact]
    public async Task A_vector_of_the_wrong_size_fails_naming_the_setting()
    {
        using var generator = new BatchingEmbeddingGenerator(new HashingEmbeddingGenerator(16), new EmbeddingModelInfo("m", 32), 10);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => generator.GenerateAsync(["texto"]));

        Assert.Contains("Embeddings:Dimensions is 32", error.Message);
    }

    [Fact]
    public async Task Stops_between_calls_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var inner = new RecordingGenerator(new HashingEmbeddingGenerator(8), afterCall: cancellation.Cancel);
        using var generator = new BatchingEmbeddingGenerator(inner, new EmbeddingModelInfo(HashingEmbeddingGenerator.ModelId, 8), 2);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => generator.GenerateAsync(["a", "b", "c", "d", "e"], cancellationToken: cancellation.Token));

        Assert.Equal([2], inner.CallSizes);
    }

    [Fact]
    public void Reports_the_configured_model_as_metadata()
    {
        using var generator = new BatchingEmbeddingGenerator(new HashingEmbeddingGenerator(8), new EmbeddingModelInfo("custom", 8), 10);

        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.Equal("custom", metadata?.DefaultModelId);
        Assert.Equal(8, metadata?.DefaultModelDimensions);
        Assert.Equal("ragqa-hashing", metadata?.ProviderName);
    }

    private static bool HasModel(ReadOnlySpan<KeyValuePair<string, object?>> tags, EmbeddingModelInfo model)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "ragqa.embedding.model" && Equals(tag.Value, model.ModelId)) return true;
        }
        return false;
    }

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
