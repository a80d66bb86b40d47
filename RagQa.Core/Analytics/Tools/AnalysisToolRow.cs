namespace RagQa.Core.Analytics.Tools;

/// <summary>One row of a tool's table: <see cref="Count"/> of <see cref="Total"/> reviews in the group, as a percentage, and their mean score.</summary>
public sealed record AnalysisToolRow(string Label, int Count, int Total, double Percent, double? AverageScore);
