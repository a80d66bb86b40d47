namespace RagQa.Core.Retrieval;

/// <summary>
/// How well one question's results are ranked, for retrieval evaluations (not a meter): the ranked ids a retriever
/// returned (best first) against the ids judged relevant. Averages over a question set are plain means.
/// </summary>
public static class RankingQuality
{
    /// <summary>Share of the relevant ids found among the first <paramref name="k"/> results (0 when nothing is relevant).</summary>
    public static double RecallAtK<T>(IReadOnlyList<T> ranked, IReadOnlySet<T> relevant, int k)
    {
        Validate(ranked, relevant, k);
        if (relevant.Count == 0) return 0;
        var found = ranked.Take(k).Distinct().Count(relevant.Contains);
        return found / (double)relevant.Count;
    }

    /// <summary>1 when any relevant id is among the first <paramref name="k"/> results, else 0 (success@k).</summary>
    public static double HitAtK<T>(IReadOnlyList<T> ranked, IReadOnlySet<T> relevant, int k)
    {
        Validate(ranked, relevant, k);
        return ranked.Take(k).Any(relevant.Contains) ? 1 : 0;
    }

    /// <summary>1 / rank of the first relevant id within the first <paramref name="k"/> results, else 0; its mean is MRR@k.</summary>
    public static double ReciprocalRankAtK<T>(IReadOnlyList<T> ranked, IReadOnlySet<T> relevant, int k)
    {
        Validate(ranked, relevant, k);
        var limit = Math.Min(k, ranked.Count);
        for (var i = 0; i < limit; i++)
        {
            if (relevant.Contains(ranked[i])) return 1.0 / (i + 1);
        }
        return 0;
    }

    /// <summary>The arithmetic mean, 0 for no values (an empty question set scores nothing).</summary>
    public static double Mean(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double sum = 0;
        var count = 0;
        foreach (var value in values)
        {
            sum += value;
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }

    private static void Validate<T>(IReadOnlyList<T> ranked, IReadOnlySet<T> relevant, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(relevant);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
    }
}
