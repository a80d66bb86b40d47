namespace RagQa.Core.Analytics.Tools;

/// <summary>
/// One tool call of a query, as recorded: the tool, its arguments (JSON), what the model was given back, and for a
/// call that counted, the analysis as the rule-based path would have written it (its figures and cited examples) and
/// how sure its reading is.
/// </summary>
public sealed record AnalysisToolCall(string Tool, string Arguments, AnalysisToolResult Result)
{
    public AnalysisAnswer? Analysis { get; init; }

    /// <summary><see cref="AnalysisConfidence"/> of the counted plan: its figures are exact, but a selection that matched nothing is doubtful.</summary>
    public double Confidence { get; init; }
}
