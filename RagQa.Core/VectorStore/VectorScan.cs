using System.Numerics.Tensors;

namespace RagQa.Core.VectorStore;

/// <summary>
/// Exact nearest-neighbour scan over unit-length vectors stored back to back in one block: one SIMD dot
/// product per row (equal to the cosine similarity for unit vectors) and a bounded heap of the k best,
/// so a scan costs O(n·d + n·log k) and never sorts the whole set. Pure, so it can be benchmarked alone.
/// </summary>
public static class VectorScan
{
    /// <summary>
    /// The <paramref name="k"/> rows most similar to <paramref name="query"/>, best first; equal scores are
    /// ordered by ascending id so that results are deterministic.
    /// </summary>
    /// <param name="query">Unit length (see <see cref="Normalize"/>); its length is the dimension of every row.</param>
    /// <param name="vectors"><c>ids.Length</c> unit-length rows of <c>query.Length</c> floats each.</param>
    /// <param name="ids">The id of each row, for tie-breaking.</param>
    /// <param name="include">Rows for which this returns false are skipped (metadata filters).</param>
    public static VectorScanHit[] TopK(
        ReadOnlySpan<float> query, ReadOnlySpan<float> vectors, ReadOnlySpan<Guid> ids, int k, Func<int, bool>? include = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var dimensions = query.Length;
        if (dimensions == 0) throw new ArgumentException("The query vector is empty.", nameof(query));
        if (vectors.Length != ids.Length * dimensions)
        {
            throw new ArgumentException($"Expected {ids.Length} rows of {dimensions} floats, got {vectors.Length} floats.", nameof(vectors));
        }
        if (k == 0 || ids.Length == 0) return [];

        // Worst kept candidate on top, so a better newcomer replaces it in O(log k).
        var heap = new PriorityQueue<int, Candidate>(Math.Min(k, ids.Length) + 1, WorstFirst.Instance);
        var worst = default(Candidate);
        for (var row = 0; row < ids.Length; row++)
        {
            if (include is not null && !include(row)) continue;
            var candidate = new Candidate(TensorPrimitives.Dot(query, vectors.Slice(row * dimensions, dimensions)), ids[row]);
            if (heap.Count < k)
            {
                heap.Enqueue(row, candidate);
            }
            else if (WorstFirst.Instance.Compare(candidate, worst) > 0)
            {
                heap.DequeueEnqueue(row, candidate);
            }
            else
            {
                continue;
            }
            heap.TryPeek(out _, out worst);
        }

        var hits = new VectorScanHit[heap.Count];
        for (var i = hits.Length - 1; i >= 0; i--)
        {
            heap.TryDequeue(out var row, out var candidate);
            // Rounding can push the dot product of unit vectors a hair outside [-1, 1].
            hits[i] = new VectorScanHit(row, Math.Clamp(candidate.Score, -1f, 1f));
        }
        return hits;
    }

    /// <summary>Scales <paramref name="vector"/> to unit length in place; a zero vector stays zero (and scores 0 against anything).</summary>
    public static void Normalize(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0f) TensorPrimitives.Divide(vector, norm, vector);
    }

    private readonly record struct Candidate(float Score, Guid Id);

    /// <summary>Lower score is worse; on equal scores the larger id is worse.</summary>
    private sealed class WorstFirst : IComparer<Candidate>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare(Candidate x, Candidate y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : y.Id.CompareTo(x.Id);
        }
    }
}
