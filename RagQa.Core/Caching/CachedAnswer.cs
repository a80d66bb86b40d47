using RagQa.Core.Analytics;
using RagQa.Core.Answering;

namespace RagQa.Core.Caching;

/// <summary>What the semantic answer cache keeps for a question: the answer as composed, its citations, its confidence, and its kind and figures.</summary>
public sealed record CachedAnswer(
    string Text, string Mode, IReadOnlyList<Citation> Citations, double Confidence, string? Model = null, string? Kind = null, AnalysisFigures? Analysis = null);
