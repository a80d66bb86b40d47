using RagQa.Core.Answering;

namespace RagQa.Core.Analytics;

/// <summary>
/// Which reviews a condition selects: a score range, a period, and words they mention (<see cref="TermStems"/>,
/// each a word prefix; all of them when <see cref="AllTerms"/>, else any), less the reviews <see cref="Except"/> selects.
/// An empty condition selects every review.
/// </summary>
public sealed record ReviewCondition(ScoreRange? Scores = null, ReviewPeriod? Period = null, IReadOnlyList<string>? TermStems = null, bool AllTerms = true)
{
    public static readonly ReviewCondition All = new();

    public IReadOnlyList<string> Terms => TermStems ?? [];

    /// <summary>Reviews set aside ("sem contar as de 5 estrelas", "excluding 2016"): <see cref="ExclusionReader"/>.</summary>
    public ReviewCondition? Except { get; init; }

    public bool IsEmpty => Scores is null && Period is null && Terms.Count == 0 && Except is null;

    /// <summary>Both conditions at once; where both constrain the same thing (scores, period, words, exclusion) the other's part wins.</summary>
    public ReviewCondition And(ReviewCondition other) => new(
        other.Scores ?? Scores,
        other.Period ?? Period,
        other.Terms.Count > 0 ? other.TermStems : TermStems,
        other.Terms.Count > 0 ? other.AllTerms : AllTerms)
    {
        Except = other.Except ?? Except,
    };
}
