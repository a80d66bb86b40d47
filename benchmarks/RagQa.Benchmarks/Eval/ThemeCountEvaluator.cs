using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace RagQa.Benchmarks.Eval;

/// <summary>
/// Deterministic answer check (no model needed): the share of the themes an aggregate answer lists
/// ("1) Atraso na entrega — 123 avaliações (…") whose count equals the independent SQL count.
/// </summary>
public sealed partial class ThemeCountEvaluator : IEvaluator
{
    public const string MetricName = "Count accuracy";

    public IReadOnlyCollection<string> EvaluationMetricNames => [MetricName];

    public ValueTask<EvaluationResult> EvaluateAsync(IEnumerable<ChatMessage> messages, ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null, IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var counts = additionalContext?.OfType<IndependentCounts>().SingleOrDefault()?.PerTheme ?? new Dictionary<string, int>();
        var listed = Themes(modelResponse.Text);
        var equal = listed.Count(t => counts.TryGetValue(t.Theme, out var expected) && expected == t.Count);
        var metric = new NumericMetric(MetricName, listed.Count == 0 ? null : (double)equal / listed.Count,
            $"{equal} of {listed.Count} theme counts equal the SQL count");
        return ValueTask.FromResult(new EvaluationResult(metric));
    }

    public static IReadOnlyList<(string Theme, int Count)> Themes(string answer) =>
        ThemeLine().Matches(answer).Select(m => (m.Groups["theme"].Value, int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture))).ToList();

    [GeneratedRegex(@"^\d+\) (?<theme>.+?) — (?<count>\d+) avaliaç(ão|ões) \(", RegexOptions.Multiline)]
    private static partial Regex ThemeLine();
}
