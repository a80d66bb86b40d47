using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace RagQa.Tests.Retrieval;

/// <summary>The real model, recording how many texts each call gave it (calls may overlap).</summary>
internal sealed class BatchRecordingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> model)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(model)
{
    public ConcurrentQueue<int> BatchSizes { get; } = new();

    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values.ToList();
        BatchSizes.Enqueue(texts.Count);
        return base.GenerateAsync(texts, options, cancellationToken);
    }
}
