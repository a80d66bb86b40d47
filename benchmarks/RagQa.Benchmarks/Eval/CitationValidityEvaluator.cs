using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace RagQa.Benchmarks.Eval;

/// <summary>
/// Deterministic answer check (no model needed): the share of an answer's citations whose quote is an exact
/// substring of the chunk it cites and whose marker [n] appears in the answer text.
/// </summary>
public sealed class CitationValidityEvaluator : IEvaluator
{
    public const string MetricName = "Citation validity";

    public IReadOnlyCollection<string> EvaluationMetricNames => [MetricName];

    public ValueTask<EvaluationResult> EvaluateAsync(IEnumerable<ChatMessage> messages, ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null, IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var citations = additionalContext?.OfType<CitedChunks>().SingleOrDefault()?.Citations ?? [];
        var valid = citations.Count(c => IsValid(c, modelResponse.Text));
        var metric = new NumericMetric(MetricName, citations.Count == 0 ? null : (double)valid / citations.Count,
            $"{valid} of {citations.Count} citations quote their chunk exactly and are marked in the answer");
        return ValueTask.FromResult(new EvaluationResult(metric));
    }

    public static bool IsValid(CitedChunks.Citation citation, string answer) =>
        citation.Quote.Length > 0
        && citation.ChunkText is not null
        && citation.ChunkText.Contains(citation.Quote, StringComparison.Ordinal)
        && answer.Contains($"[{citation.Index}]", StringComparison.Ordinal);
}
