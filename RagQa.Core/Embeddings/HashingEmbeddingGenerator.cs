using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;

namespace RagQa.Core.Embeddings;

/// <summary>
/// Dependency-free embedder: accent-folded, lower-cased words and their character 3–5-grams (with word
/// boundary markers) are hashed with 64-bit FNV-1a into a fixed number of dimensions with a hash-chosen sign,
/// then L2-normalised. Lexical rather than semantic, but robust to typos, inflection and missing accents, and
/// identical across runs, processes and machines (no randomised string hashing).
/// </summary>
public sealed class HashingEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Changing the features changes every vector, so the version is part of the id.</summary>
    public const string ModelId = "ragqa/subword-hashing-v1";

    public const int DefaultDimensions = 384;

    private const int MinGram = 3;
    private const int MaxGram = 5;
    private const ulong FnvOffsetBasis = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;
    private const char WordFeature = 'w';
    private const char GramFeature = 'g';

    private readonly EmbeddingGeneratorMetadata metadata;

    public HashingEmbeddingGenerator(int dimensions = DefaultDimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        Dimensions = dimensions;
        metadata = new EmbeddingGeneratorMetadata("ragqa-hashing", null, ModelId, dimensions);
    }

    public int Dimensions { get; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var text in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(new Embedding<float>(Embed(text)) { ModelId = ModelId });
        }
        return Task.FromResult(result);
    }

    /// <summary>The unit vector of one text.</summary>
    public float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        var words = Words(Fold(text ?? ""));
        if (words.Count == 0)
        {
            // A fixed unit vector rather than zeros: cosine similarity with a zero vector is undefined.
            Add(vector, WordFeature, "");
        }
        foreach (var word in words)
        {
            Add(vector, WordFeature, word);
            var marked = $"<{word}>";
            for (var n = MinGram; n <= MaxGram; n++)
            {
                for (var start = 0; start + n <= marked.Length; start++)
                {
                    Add(vector, GramFeature, marked.AsSpan(start, n));
                }
            }
        }
        VectorMath.NormalizeInPlace(vector);
        return vector;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        EmbeddingServiceLookup.Resolve(this, serviceType, serviceKey, metadata, new EmbeddingModelInfo(ModelId, Dimensions));

    /// <summary>Holds nothing to release.</summary>
    public void Dispose()
    {
    }

    private void Add(float[] vector, char kind, ReadOnlySpan<char> feature)
    {
        var hash = Fnv1a(kind, feature);
        var index = (int)(hash % (ulong)vector.Length);
        vector[index] += (hash >> 63) == 0 ? 1f : -1f;
    }

    /// <summary>FNV-1a over the UTF-16 code units (both bytes of each), the feature kind first.</summary>
    private static ulong Fnv1a(char kind, ReadOnlySpan<char> feature)
    {
        var hash = FnvOffsetBasis;
        hash = (hash ^ kind) * FnvPrime;
        foreach (var c in feature)
        {
            hash = (hash ^ (byte)c) * FnvPrime;
            hash = (hash ^ (byte)(c >> 8)) * FnvPrime;
        }
        return hash;
    }

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        }
        return folded.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return words;
    }
}
