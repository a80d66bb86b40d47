using RagQa.Core.Answering;

namespace RagQa.Core.Analytics;

/// <summary>An analytical answer before validation: the draft (its sentences are framing written from real counts) and its figures as data.</summary>
public sealed record AnalysisAnswer(AnswerDraft Draft, AnalysisFigures Figures);
