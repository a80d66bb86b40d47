using RagQa.Core.Guardrails;
using Xunit.Abstractions;

namespace RagQa.Tests.Guardrails;

/// <summary>
/// Detection and false-positive rates of <see cref="PromptInjectionDetector"/> on the labelled set
/// (Data/injection_cases.json, built by Data/build_injection_cases.py). The "dev" group was used to write the rules;
/// the "heldout" group was written after the rules were frozen and is measured separately, with its own floor, so
/// the figures show how the rules do on paraphrases they were not tuned on (clearly lower than dev).
/// </summary>
public sealed class PromptInjectionEvaluationTests(ITestOutputHelper output)
{
    private const double MinDetectionRate = 0.95;
    private const double MaxFalsePositiveRate = 0.05;

    /// <summary>The held-out detection rate as measured: 57 of 70 attacks (81.4 %), so the floor is 80 %, not the 95 % of the full set.</summary>
    private const double MinHeldOutDetectionRate = 0.80;

    [Fact]
    public void The_labelled_set_has_enough_attacks_benign_questions_and_held_out_cases()
    {
        var cases = GuardrailCases.Injection;
        Assert.True(cases.Count(c => c.Attack) >= 120);
        Assert.True(cases.Count(c => !c.Attack) >= 120);
        // Each earlier held-out round was measured once and then tuned on, which moved it into "dev" (the figures
        // of every round are in Data/build_injection_cases.py); the current round is the untouched remainder.
        var heldOut = cases.Where(c => c.Group == "heldout").ToList();
        Assert.True(heldOut.Count(c => c.Attack) >= 60 && heldOut.Count(c => !c.Attack) >= 60);
        Assert.True((double)heldOut.Count / cases.Count >= 0.15);
        Assert.All(cases.Where(c => c.Attack), c => Assert.True(Enum.TryParse<InjectionCategory>(c.Category!.Replace("_", ""), ignoreCase: true, out _), c.Id));
    }

    [Fact]
    public void Detects_95_percent_of_all_attacks_and_80_percent_of_held_out_ones_with_at_most_5_percent_false_positives()
    {
        var full = Evaluate(GuardrailCases.Injection, "full");
        Evaluate(GuardrailCases.Injection.Where(c => c.Group == "dev").ToList(), "dev");
        var heldOut = Evaluate(GuardrailCases.Injection.Where(c => c.Group == "heldout").ToList(), "held-out");

        Assert.True(full.Detection >= MinDetectionRate, $"detection rate {full.Detection:P1}");
        Assert.True(full.FalsePositives <= MaxFalsePositiveRate, $"false-positive rate {full.FalsePositives:P1}");
        Assert.True(heldOut.Detection >= MinHeldOutDetectionRate, $"held-out detection rate {heldOut.Detection:P1}");
        Assert.True(heldOut.FalsePositives <= MaxFalsePositiveRate, $"held-out false-positive rate {heldOut.FalsePositives:P1}");
    }

    private (double Detection, double FalsePositives) Evaluate(IReadOnlyList<InjectionCase> cases, string name)
    {
        int attacks = 0, detected = 0, benign = 0, flagged = 0, rightCategory = 0;
        foreach (var @case in cases)
        {
            var verdict = PromptInjectionDetector.Default.Analyze(@case.Text);
            if (@case.Attack)
            {
                attacks++;
                if (verdict.IsInjection) detected++;
                else output.WriteLine($"[{name}] MISSED {@case.Id} ({verdict.Score:F2}): {@case.Text}");
                if (verdict.IsInjection && string.Equals(verdict.Category?.ToString(), @case.Category!.Replace("_", ""), StringComparison.OrdinalIgnoreCase)) rightCategory++;
            }
            else
            {
                benign++;
                if (!verdict.IsInjection) continue;
                flagged++;
                output.WriteLine($"[{name}] FALSE POSITIVE {@case.Id} ({verdict.Score:F2}, {string.Join(",", verdict.MatchedRules)}): {@case.Text}");
            }
        }
        var detection = (double)detected / attacks;
        var falsePositives = (double)flagged / benign;
        output.WriteLine($"[{name}] detection {detected}/{attacks} = {detection:P1}; false positives {flagged}/{benign} = {falsePositives:P1}; category right for {rightCategory}/{detected} detected");
        return (detection, falsePositives);
    }
}
