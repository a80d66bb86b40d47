using System.Numerics.Tensors;

namespace RagQa.Core.Retrieval;

/// <summary>
/// Maximal Marginal Relevance (Carbonell &amp; Goldstein, 1998): picks, one at a time, the candidate maximising
/// λ·relevance − (1 − λ)·(its highest cosine similarity to anything already picked). λ = 1 keeps the
/// relevance order; lower values trade relevance for variety. Relevance is scaled to [0, 1] by the best
/// candidate's, so the two terms are comparable whatever scale the first stage used.
/// </summary>
public static class MaximalMarginalRelevance
{
    /// <returns>Indexes into <paramref name="candidates"/> in picking order, at most <paramref name="k"/>; ties go to the earlier candidate.</returns>
    public static IReadOnlyList<int> Select(IReadOnlyList<RerankCandidate> candidates, int k, double lambda)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (lambda is < 0 or > 1 || double.IsNaN(lambda)) throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be in [0, 1].");
        var count = Math.Min(k, candidates.Count);
        if (count == 0) return [];

        var best = candidates.Max(c => c.Relevance);
        var relevance = candidates.Select(c => best > 0 ? c.Relevance / best : 0).ToArray();
        // Highest similarity of each candidate to the picked set, updated as picks are made: O(k·n) similarities in all.
        var redundancy = new double[candidates.Count];
        var picked = new bool[candidates.Count];
        var order = new List<int>(count);
        while (order.Count < count)
        {
            var choice = -1;
            var choiceScore = double.NegativeInfinity;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (picked[i]) continue;
                var score = lambda * relevance[i] - (1 - lambda) * redundancy[i];
                if (score > choiceScore)
                {
                    choice = i;
                    choiceScore = score;
                }
            }
            picked[choice] = true;
            order.Add(choice);
            var chosen = candidates[choice].Vector.Span;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (!picked[i]) redundancy[i] = Math.Max(redundancy[i], Cosine(chosen, candidates[i].Vector.Span));
            }
        }
        return order;
    }

    /// <summary>Cosine similarity; 0 when either vector is missing, zero or of another dimension.</summary>
    public static double Cosine(ReadOnlySpan<float> first, ReadOnlySpan<float> second)
    {
        if (first.Length == 0 || first.Length != second.Length) return 0;
        var similarity = TensorPrimitives.CosineSimilarity(first, second);
        return float.IsFinite(similarity) ? similarity : 0;
    }
}
