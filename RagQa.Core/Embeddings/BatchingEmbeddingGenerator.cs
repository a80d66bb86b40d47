using System.Diagnostics;
using Microsoft.Extensions.AI;

namespace RagQa.Core.Embeddings;

/// <summary>
/// Wraps every configured provider: splits a request into calls of at most <c>maxBatchSize</c> texts, traces
/// each call as an <c>embed</c> span, measures its latency and the texts embedded, and checks that every
/// vector has the configured dimension (a wrong <c>Embeddings:Dimensions</c> would otherwise corrupt the
/// vector space silently).
/// </summary>
internal sealed class BatchingEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    public const string TelemetryName = EmbeddingMetrics.MeterName;

    private static readonly ActivitySource Activity = new(TelemetryName);

    private readonly EmbeddingModelInfo model;
    private readonly int maxBatchSize;
    private readonly EmbeddingMetrics metrics;

    public BatchingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, EmbeddingModelInfo model, int maxBatchSize, EmbeddingMetrics metrics)
        : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        this.model = model;
        this.maxBatchSize = maxBatchSize;
        this.metrics = metrics;
    }

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var batch in values.Chunk(maxBatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var generated = await EmbedAsync(batch, options, cancellationToken);
            result.AddRange(generated);
            if (generated.Usage is { } usage)
            {
                result.Usage ??= new UsageDetails();
                result.Usage.Add(usage);
            }
        }
        return result;
    }

    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is null && serviceType == typeof(EmbeddingModelInfo)) return model;
        if (serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata))
        {
            var inner = base.GetService(serviceType) as EmbeddingGeneratorMetadata;
            return new EmbeddingGeneratorMetadata(inner?.ProviderName, inner?.ProviderUri, model.ModelId, model.Dimensions);
        }
        return base.GetService(serviceType, serviceKey);
    }

    private async Task<GeneratedEmbeddings<Embedding<float>>> EmbedAsync(
        string[] batch, EmbeddingGenerationOptions? options, CancellationToken cancellationToken)
    {
        using var activity = Activity.StartActivity("embed");
        activity?.SetTag("ragqa.embedding.model", model.ModelId).SetTag("ragqa.embedding.count", batch.Length);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var generated = await base.GenerateAsync(batch, options, cancellationToken);
            if (generated.Count != batch.Length)
            {
                throw new InvalidOperationException(
                    $"Embedding model '{model.ModelId}' returned {generated.Count} vectors for {batch.Length} texts.");
            }
            foreach (var embedding in generated)
            {
                if (embedding.Vector.Length != model.Dimensions)
                {
                    throw new InvalidOperationException(
                        $"Embedding model '{model.ModelId}' returned {embedding.Vector.Length}-dimensional vectors but Embeddings:Dimensions is {model.Dimensions}.");
                }
            }
            metrics.TextsEmbedded(model.ModelId, batch.Length);
            return generated;
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            metrics.BatchDone(model.ModelId, Stopwatch.GetElapsedTime(started));
        }
    }
}
