namespace RagQa.Core.Analytics;

/// <summary>One side of a comparison: its label in the table (e.g. "2017", "1-2") and which reviews it holds.</summary>
public sealed record ComparedGroup(string Label, ReviewCondition Condition);
