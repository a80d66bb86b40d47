using Microsoft.Extensions.AI.Evaluation;

namespace RagQa.Benchmarks.Eval;

/// <summary>Evaluation context: review counts per theme (Portuguese name) computed by plain SQL, independently of the pipeline.</summary>
public sealed class IndependentCounts(IReadOnlyDictionary<string, int> perTheme)
    : EvaluationContext(ContextName, string.Join("\n", perTheme.Select(t => $"{t.Key}: {t.Value}")))
{
    public const string ContextName = "Independent counts";

    public IReadOnlyDictionary<string, int> PerTheme { get; } = perTheme;
}
