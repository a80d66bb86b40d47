using RagQa.Core.Answering;

namespace RagQa.Core.Caching;

/// <summary>What the semantic answer cache keeps for a question: the answer as composed, its citations and its confidence.</summary>
public sealed record CachedAnswer(string Text, string Mode, IReadOnlyList<Citation> Citations, double Confidence, string? Model = null);
