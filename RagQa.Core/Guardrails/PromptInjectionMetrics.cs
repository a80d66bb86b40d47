using System.Diagnostics.Metrics;
using System.Text.Json;

namespace RagQa.Core.Guardrails;

/// <summary>
/// The "RagQa.Guardrails" meter: <c>ragqa.guardrails.injection.verdicts</c> counts every screened question by outcome
/// (blocked/allowed), by what decided it (rules, classifier, overruled, none) and by category (snake_case, as <see cref="InjectionCategory"/> is written on the wire), so a shift in the classifier's
/// share or a burst of one category shows on a dashboard. No tag carries question text.
/// </summary>
public sealed class PromptInjectionMetrics
{
    public const string MeterName = "RagQa.Guardrails";

    private readonly Counter<long> _verdicts;

    public PromptInjectionMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _verdicts = meterFactory.Create(MeterName).CreateCounter<long>(
            "ragqa.guardrails.injection.verdicts", "{question}", "Questions screened for prompt injection, by outcome, deciding source and category.");
    }

    public void Record(PromptInjectionVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        _verdicts.Add(1,
            new KeyValuePair<string, object?>("outcome", verdict.IsInjection ? "blocked" : "allowed"),
            new KeyValuePair<string, object?>("source", SourceOf(verdict)),
            new KeyValuePair<string, object?>("category", verdict.IsInjection ? JsonNamingPolicy.SnakeCaseLower.ConvertName(verdict.Category!.Value.ToString()) : "none"));
    }

    /// <summary>
    /// "classifier" when the classifier blocked, "rules" when the rules did; for an allowed question, "overruled" when
    /// the classifier overruled weak rule hits, "overruled_by_reading" when the question reader overruled the classifier,
    /// else "none".
    /// </summary>
    public static string SourceOf(PromptInjectionVerdict verdict) =>
        !verdict.IsInjection
            ? (verdict.MatchedRules.Contains(PromptInjectionDetector.OverruledRuleId) ? "overruled"
                : verdict.MatchedRules.Contains(PromptInjectionDetector.OverruledByReadingRuleId) ? "overruled_by_reading" : "none")
        : verdict.MatchedRules.Any(r => r.StartsWith(PromptInjectionDetector.ClassifierRulePrefix, StringComparison.Ordinal)) ? "classifier"
        : "rules";
}
