namespace RagQa.Core.Retrieval;

/// <summary>
/// Reciprocal-rank fusion (Cormack et al., 2009): score(d) = Σ 1 / (k + rank_i(d)). Uses ranks only,
/// so dense cosine similarities and lexical ts_rank values need no common scale.
/// </summary>
public static class ReciprocalRankFusion
{
    public const int DefaultK = 60;

    /// <summary>The score of an id ranked first by every ranking with these weights: Σ w_i / (k + 1).</summary>
    public static double Best(IEnumerable<double> weights, int k = DefaultK) => weights.Sum() / (k + 1);

    /// <summary>Fuses ranked id lists (best first) into one list, best first; ties keep first-seen order.</summary>
    public static IReadOnlyList<(Guid Id, double Score)> Fuse(IReadOnlyList<IReadOnlyList<Guid>> rankings, int k = DefaultK) =>
        Fuse(rankings, rankings.Select(_ => 1.0).ToList(), k);

    /// <summary>
    /// Weighted fusion: score(d) = Σ w_i / (k + rank_i(d)), for when one retriever is known to be stronger
    /// (e.g. full-text search over Portuguese with an English embedding model).
    /// </summary>
    public static IReadOnlyList<(Guid Id, double Score)> Fuse(IReadOnlyList<IReadOnlyList<Guid>> rankings, IReadOnlyList<double> weights, int k = DefaultK)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != rankings.Count) throw new ArgumentException($"Expected {rankings.Count} weights, got {weights.Count}.", nameof(weights));
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var scores = new Dictionary<Guid, double>();
        var firstSeen = new Dictionary<Guid, int>();
        for (var list = 0; list < rankings.Count; list++)
        {
            var ranking = rankings[list];
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var id = ranking[rank];
                scores[id] = scores.GetValueOrDefault(id) + weights[list] / (k + rank + 1);
                firstSeen.TryAdd(id, firstSeen.Count);
            }
        }
        return scores
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => firstSeen[pair.Key])
            .Select(pair => (pair.Key, pair.Value))
            .ToList();
    }
}
