using RagQa.Core.Retrieval;

namespace RagQa.Core.Answering;

/// <summary>
/// Confidence in [0, 1], rounded to 4 decimals. For an extractive answer it is the raw score that
/// <see cref="ConfidenceCalibration"/> turns into a probability.
/// <list type="bullet">
/// <item><b>Specific questions</b> (<see cref="Score"/>): the best cited chunk's <see cref="RetrievedChunk.RankAgreement"/>
/// (1 when every retriever ranked it first) times the grounding coverage. No citations → 0. How far the dense, lexical and
/// glossed searches agree on the top source is what separates answers that cite the review asked for from those that do
/// not (area under the ROC curve 0.75–0.81 on the evaluation sets, against 0.54–0.57 for the mean dense similarity and
/// the dense/lexical overlap of the cited chunks, which this score replaced; docs/benchmarks.md, stop 38).</item>
/// <item><b>Aggregate questions</b> (<see cref="ScoreAggregate"/>): 0.5 · strength + 0.2 · agreement + 0.3 · grounding
/// coverage, each signal in [0, 1]. Strength grows with the number of reviews the
/// figures rest on, log(1 + n) / log(1 + <see cref="StrongReviewCount"/>) capped at 1 — a handful of reviews is
/// thin evidence, 30 or more is solid; agreement = how much of the counted population the themes account for
/// (themed / scope reviews) for a theme breakdown. Analytical figures have their own confidence
/// (<c>Analytics.AnalysisConfidence</c>): they are exact, only the reading of the question can be wrong.</item>
/// <item><b>Grounding coverage</b>: share of the answer's sentences that <c>GroundingValidator</c> found supported
/// by a cited source (the removed ones count against it).</item>
/// </list>
/// </summary>
public static class ConfidenceScorer
{
    /// <summary>Reviews behind an aggregate figure from which its evidence counts as fully strong.</summary>
    public const int StrongReviewCount = 30;

    private const double StrengthWeight = 0.5;
    private const double AgreementWeight = 0.2;
    private const double CoverageWeight = 0.3;

    public static double Score(IReadOnlyList<RetrievedChunk> cited, double groundingCoverage) =>
        cited.Count == 0 ? 0 : Math.Round(Signal(cited.Max(c => c.RankAgreement)) * Signal(groundingCoverage), 4);

    /// <param name="reviews">The reviews the answer's figures rest on (matching reviews; for a breakdown, those in any theme).</param>
    /// <param name="agreement">See the class remarks.</param>
    public static double ScoreAggregate(int reviews, double agreement, double groundingCoverage) =>
        Combine(ReviewStrength(reviews), agreement, groundingCoverage);

    public static double ReviewStrength(int reviews) =>
        reviews <= 0 ? 0 : Math.Clamp(Math.Log(1 + reviews) / Math.Log(1 + StrongReviewCount), 0, 1);

    public static double Combine(double strength, double agreement, double groundingCoverage)
    {
        var score = StrengthWeight * Signal(strength) + AgreementWeight * Signal(agreement) + CoverageWeight * Signal(groundingCoverage);
        return Math.Round(Math.Clamp(score, 0, 1), 4);
    }

    /// <summary>A signal clamped to [0, 1]; an undefined one (NaN) counts as 0.</summary>
    private static double Signal(double value) => double.IsNaN(value) ? 0 : Math.Clamp(value, 0, 1);
}
