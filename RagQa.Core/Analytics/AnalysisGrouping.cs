namespace RagQa.Core.Analytics;

/// <summary>How an analytical figure is broken down into table rows.</summary>
public enum AnalysisGrouping
{
    None,
    Score,
    Year,
    Month,

    /// <summary>By the value of a metadata key of the collection (<see cref="AnalysisPlan.GroupingKey"/>).</summary>
    Metadata,
}
