using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Caching;

/// <summary>
/// Where a question's answer lives in the cache. <see cref="Bucket"/> hashes everything that must match exactly
/// for an answer to be reusable: embedding model, collection, filter, top-k and the ids of the top three chunks
/// retrieved (so new or deleted content that changes the top of the ranking changes the key).
/// <see cref="Fingerprint"/> hashes the sign pattern of the query embedding and names the entry within the
/// bucket; <see cref="Embedding"/> (int8) lets a lookup accept a near-identical question whose signs differ
/// in a few near-zero dimensions, which measured paraphrases always do. An exact key (<see cref="ForAggregate"/>
/// without an embedding) has an empty <see cref="Embedding"/>: any entry of its bucket is the answer.
/// </summary>
public sealed record AnswerCacheKey(string Collection, string Bucket, string Fingerprint, ReadOnlyMemory<sbyte> Embedding, IReadOnlyList<Guid> DocumentIds)
{
    public const int KeyChunks = 3;

    public static AnswerCacheKey For(
        string collection, VectorFilter? filter, int topK, string modelId, ReadOnlyMemory<float> queryEmbedding, IReadOnlyList<RetrievedChunk> retrieved)
    {
        ArgumentException.ThrowIfNullOrEmpty(collection);
        ArgumentException.ThrowIfNullOrEmpty(modelId);
        ArgumentNullException.ThrowIfNull(retrieved);
        if (queryEmbedding.IsEmpty) throw new ArgumentException("The query embedding is empty.", nameof(queryEmbedding));

        var top = string.Join(",", retrieved.Take(KeyChunks).Select(r => r.Chunk.Id.ToString("N")));
        var bucket = Hash(string.Join("\n", modelId, queryEmbedding.Length, collection, topK, CanonicalFilter(filter), top));
        var embedding = Quantize(queryEmbedding.Span);
        var documents = retrieved.Select(r => r.Chunk.DocumentId).Distinct().ToList();
        return new AnswerCacheKey(collection, bucket, Hash(SignBits(embedding)), embedding, documents);
    }

    /// <summary>
    /// The key of an aggregate answer (theme counts, analytical figures over the whole collection), which depends on
    /// what is counted (<paramref name="shape"/>: the analysis plan, or the themes' polarity and counting settings, with the
    /// answer's language) and the filter rather than on the wording — so the lookup can run before the counts. Top-k
    /// does not change such an answer and is not part of it. Without <paramref name="queryEmbedding"/> (extractive
    /// answers, written from the counts alone) the key is exact; with one (a chat model reads the wording) a lookup still
    /// needs a near-identical question.
    /// </summary>
    public static AnswerCacheKey ForAggregate(string collection, VectorFilter? filter, string modelId, string shape, ReadOnlyMemory<float> queryEmbedding)
    {
        ArgumentException.ThrowIfNullOrEmpty(collection);
        ArgumentException.ThrowIfNullOrEmpty(modelId);
        ArgumentException.ThrowIfNullOrEmpty(shape);

        var bucket = Hash(string.Join("\n", "aggregate", modelId, collection, CanonicalFilter(filter), shape));
        var embedding = queryEmbedding.IsEmpty ? [] : Quantize(queryEmbedding.Span);
        return new AnswerCacheKey(collection, bucket, Hash(SignBits(embedding)), embedding, []) { IsAggregate = true };
    }

    public bool IsExact => Embedding.IsEmpty;

    /// <summary>Made by <see cref="ForAggregate"/>: the answer does not depend on top-k (nor, then, does its <see cref="ExactQuestionKey"/>).</summary>
    public bool IsAggregate { get; init; }

    /// <summary>Scales to unit length and rounds each component to 1/127: cosine similarity survives to about ±0.001.</summary>
    public static sbyte[] Quantize(ReadOnlySpan<float> vector)
    {
        var norm = Math.Sqrt(System.Numerics.Tensors.TensorPrimitives.Dot(vector, vector));
        var quantized = new sbyte[vector.Length];
        if (norm == 0) return quantized;
        for (var i = 0; i < vector.Length; i++) quantized[i] = (sbyte)Math.Clamp(Math.Round(vector[i] / norm * 127), -127, 127);
        return quantized;
    }

    /// <summary>Cosine similarity of two quantized vectors; 0 when their lengths differ or either is zero.</summary>
    public static double Similarity(ReadOnlySpan<sbyte> first, ReadOnlySpan<sbyte> second)
    {
        if (first.Length != second.Length || first.Length == 0) return 0;
        long dot = 0, a = 0, b = 0;
        for (var i = 0; i < first.Length; i++)
        {
            dot += first[i] * second[i];
            a += first[i] * first[i];
            b += second[i] * second[i];
        }
        return a == 0 || b == 0 ? 0 : dot / Math.Sqrt((double)a * b);
    }

    private static byte[] SignBits(ReadOnlySpan<sbyte> vector)
    {
        var bits = new byte[(vector.Length + 7) / 8];
        for (var i = 0; i < vector.Length; i++)
        {
            if (vector[i] >= 0) bits[i / 8] |= (byte)(1 << (i % 8));
        }
        return bits;
    }

    /// <summary>Conditions in a fixed order, so the same filter given in another order keys the same.</summary>
    internal static string CanonicalFilter(VectorFilter? filter) =>
        JsonSerializer.Serialize((filter?.Conditions ?? [])
            .Select(c => new[] { c.Key, c.EqualTo, c.From, c.To })
            .OrderBy(c => c[0], StringComparer.Ordinal)
            .ThenBy(c => c[1], StringComparer.Ordinal)
            .ThenBy(c => c[2], StringComparer.Ordinal)
            .ThenBy(c => c[3], StringComparer.Ordinal));

    internal static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16));
}
