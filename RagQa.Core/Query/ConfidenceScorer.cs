namespace RagQa.Core.Query;

/// <summary>
/// Confidence in [0, 1] from three signals, each in [0, 1]:
/// retrieval strength (mean dense similarity of the cited chunks, rescaled from the range where
/// MiniLM separates relevant from unrelated text, 0.15 → 0, 0.65 → 1), agreement (share of cited chunks
/// that both the dense and the lexical retriever found) and grounding coverage (share of answer
/// sentences supported by a cited chunk). Weights 0.5 / 0.2 / 0.3. No citations → 0.
/// </summary>
public static class ConfidenceScorer
{
    public const double WeakSimilarity = 0.15;
    public const double StrongSimilarity = 0.65;

    public static double Score(IReadOnlyList<RetrievedChunk> cited, double groundingCoverage)
    {
        if (cited.Count == 0) return 0;
        var strength = Rescale(cited.Average(c => c.DenseSimilarity ?? 0));
        var agreement = cited.Count(c => c.DenseRank is not null && c.LexicalRank is not null) / (double)cited.Count;
        var score = 0.5 * strength + 0.2 * agreement + 0.3 * Math.Clamp(groundingCoverage, 0, 1);
        return Math.Round(Math.Clamp(score, 0, 1), 4);
    }

    private static double Rescale(double similarity) =>
        Math.Clamp((similarity - WeakSimilarity) / (StrongSimilarity - WeakSimilarity), 0, 1);
}
