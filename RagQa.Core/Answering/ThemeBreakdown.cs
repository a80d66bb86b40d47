namespace RagQa.Core.Answering;

/// <summary>
/// The themes of one polarity counted over every review in scope: <see cref="ScopeReviews"/> reviews (the
/// collection, the question's filters and, unless those set scores, <see cref="Scope"/>), of which
/// <see cref="ThemedReviews"/> mention at least one theme of the lexicon; <see cref="Themes"/> most frequent first.
/// </summary>
public sealed record ThemeBreakdown(
    ThemePolarity Polarity, ScoreRange? Scope, int ScopeReviews, int ThemedReviews, IReadOnlyList<ThemeCount> Themes)
{
    /// <summary>Words the reviews in scope mention (every one, or one of them when <see cref="AnyMentioned"/>), as the question wrote them ("principais elogios nas que citam 'sempre'"); empty when none.</summary>
    public IReadOnlyList<string> Mentioned { get; init; } = [];

    /// <summary>Whether one of <see cref="Mentioned"/> was enough ("'x' ou 'y'") rather than every one.</summary>
    public bool AnyMentioned { get; init; }

    /// <summary>The reviews the question set aside, described in the answer's language ("exceto as com nota 5"); null when none.</summary>
    public string? SetAside { get; init; }
}
