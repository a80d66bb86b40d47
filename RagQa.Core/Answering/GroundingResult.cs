namespace RagQa.Core.Answering;

/// <summary>
/// The outcome of checking an answer against its sources: the text to show (without unsupported sentences when
/// they were removed, and without markers that point at no source), the share of its claims that are grounded,
/// the sources the kept text cites, and how many sentences were unsupported.
/// </summary>
public sealed record GroundingResult(string Text, double Coverage, IReadOnlyList<int> CitedSources, int SupportedSentences, int UnsupportedSentences);
