namespace RagQa.Core.Query;

/// <summary>
/// Reciprocal-rank fusion (Cormack et al., 2009): score(d) = Σ 1 / (k + rank_i(d)). Uses ranks only,
/// so dense cosine similarities and lexical ts_rank values need no common scale.
/// </summary>
public static class ReciprocalRankFusion
{
    public const int DefaultK = 60;

    /// <summary>Fuses ranked id lists (best first) into one list, best first; ties keep first-seen order.</summary>
    public static IReadOnlyList<(Guid Id, double Score)> Fuse(IReadOnlyList<IReadOnlyList<Guid>> rankings, int k = DefaultK)
    {
        var scores = new Dictionary<Guid, double>();
        var firstSeen = new Dictionary<Guid, int>();
        foreach (var ranking in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var id = ranking[rank];
                scores[id] = scores.GetValueOrDefault(id) + 1.0 / (k + rank + 1);
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
