using RagQa.Core.Answering;

namespace RagQa.Core.Analytics.Tools;

/// <summary>
/// How a chat model's analytical answer ended: accepted (<see cref="Draft"/>, the <see cref="Figures"/> of its last
/// counted call, and a confidence) or withheld (<see cref="WithheldReason"/>); with every tool call it made.
/// </summary>
public sealed record AnalysisToolOutcome(
    AnswerDraft? Draft,
    AnalysisFigures? Figures,
    double Confidence,
    string? WithheldReason,
    IReadOnlyList<AnalysisToolCall> Calls)
{
    public const string UnbackedNumber = "unbacked_number", NoToolResult = "no_tool_result", EmptyAnswer = "empty_answer", ModelFailed = "model_failed";

    public static AnalysisToolOutcome Withheld(string reason, IReadOnlyList<AnalysisToolCall> calls) => new(null, null, 0, reason, calls);
}
