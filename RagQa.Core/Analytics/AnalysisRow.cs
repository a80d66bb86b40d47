namespace RagQa.Core.Analytics;

/// <summary>
/// One row of an analytical table: <see cref="Count"/> reviews of the <see cref="Total"/> in the row's group (or in the
/// population, for a plain distribution), their <see cref="Share"/> (count / total), and their mean score.
/// </summary>
public sealed record AnalysisRow(string Label, int Count, int Total, double Share, double? AverageScore);
