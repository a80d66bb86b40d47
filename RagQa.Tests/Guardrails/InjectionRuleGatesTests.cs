using RagQa.Core.Guardrails;

namespace RagQa.Tests.Guardrails;

/// <summary>
/// A gated rule runs only near its anchors (<see cref="InjectionRules.Gates"/>). If an anchor list fell out of step
/// with its pattern, the rule would silently stop matching; this checks that gating never changes a rule's outcome
/// on any labelled question.
/// </summary>
public sealed class InjectionRuleGatesTests
{
    [Fact]
    public void Gated_rules_match_exactly_where_the_full_pattern_matches()
    {
        foreach (var @case in GuardrailCases.Injection)
        {
            var folded = TextNormalizer.Fold(@case.Text);
            var canonical = TextNormalizer.CanonicalizeFolded(folded, joinWordPunctuation: false);
            var joined = TextNormalizer.CanonicalizeFolded(folded, joinWordPunctuation: true);
            var windows = new GateWindows(canonical, joined);
            foreach (var rule in InjectionRules.Canonical.Where(r => r.Gate != RuleGate.None))
            {
                var full = rule.Pattern.IsMatch(canonical) || rule.Pattern.IsMatch(joined);
                Assert.True(full == windows.Matches(rule), $"{rule.Id} on {@case.Id}: full pattern {full}");
            }
        }
    }

    [Fact]
    public void Every_gate_in_use_has_anchors() =>
        Assert.All(InjectionRules.Canonical.Where(r => r.Gate != RuleGate.None), r => Assert.NotNull(InjectionRules.Gates[(int)r.Gate]));
}
