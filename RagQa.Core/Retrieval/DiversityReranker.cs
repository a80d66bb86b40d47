namespace RagQa.Core.Retrieval;

/// <summary>
/// Second-stage ranking for relevance plus variety: first folds near-identical texts (word-set Jaccard at or
/// above a threshold) into the most relevant of them, so ten "Muito bom!" reviews take one slot, then orders
/// what is left by <see cref="MaximalMarginalRelevance"/>. Pure: the caller supplies the vectors and texts.
/// </summary>
public static class DiversityReranker
{
    public const double DefaultLambda = 0.7;
    public const double DefaultDuplicateJaccard = 0.9;

    /// <param name="candidates">First-stage results, best first.</param>
    /// <param name="k">How many to keep.</param>
    /// <param name="lambda">MMR trade-off: 1 = relevance only.</param>
    /// <param name="duplicateJaccard">Texts at least this similar count as one; above 1 turns the check off.</param>
    public static IReadOnlyList<RerankedCandidate> Rerank(IReadOnlyList<RerankCandidate> candidates, int k, double lambda, double duplicateJaccard)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var kept = new List<RerankCandidate>(candidates.Count);
        var keptWords = new List<IReadOnlySet<string>>(candidates.Count);
        var folded = new List<List<Guid>>(candidates.Count);
        // In relevance order, so each group is represented by its most relevant member.
        foreach (var candidate in candidates.OrderByDescending(c => c.Relevance))
        {
            var words = NearDuplicateText.Words(candidate.Text);
            var original = keptWords.FindIndex(w => NearDuplicateText.Jaccard(w, words) >= duplicateJaccard);
            if (original >= 0)
            {
                folded[original].Add(candidate.Id);
                continue;
            }
            kept.Add(candidate);
            keptWords.Add(words);
            folded.Add([]);
        }
        return MaximalMarginalRelevance.Select(kept, k, lambda)
            .Select(i => new RerankedCandidate(kept[i], folded[i]))
            .ToList();
    }
}
