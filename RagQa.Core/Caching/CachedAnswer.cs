using RagQa.Core.Analytics;
using RagQa.Core.Answering;

namespace RagQa.Core.Caching;

/// <summary>
/// What the answer cache keeps for a question: the answer as composed, its citations, its confidence, its kind and
/// figures, and (for an exact repeat served by the API, which does not classify the question) its intent and language.
/// </summary>
public sealed record CachedAnswer(
    string Text, string Mode, IReadOnlyList<Citation> Citations, double Confidence, string? Model = null, string? Kind = null, AnalysisFigures? Analysis = null,
    string? Intent = null, string? Language = null);
