namespace RagQa.Core.Analytics;

/// <summary>
/// The figures of an analytical answer as data, so that REST clients and charts need not parse prose:
/// <see cref="Measure"/> (<c>count</c>, <c>share</c>, <c>average_score</c>, <c>score_distribution</c>, <c>trend</c>,
/// <c>comparison</c>, <c>yes_no</c>), how it was counted (<see cref="Definition"/>) and what was understood, the
/// population and matching reviews, the main <see cref="Value"/> (a count, a share as a fraction, or a mean score) and
/// the rows of a table.
/// </summary>
public sealed record AnalysisFigures(
    string Measure,
    string Definition,
    string Understood,
    IReadOnlyList<string> UnusedTerms,
    int Population,
    int? Matching,
    double? Value,
    IReadOnlyList<AnalysisRow> Table);
