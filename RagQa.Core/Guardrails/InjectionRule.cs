using System.Text.RegularExpressions;

namespace RagQa.Core.Guardrails;

/// <summary>One scoring rule: a pattern over the canonical (or folded) question, its weight, what it indicates and how much it says alone.</summary>
internal sealed record InjectionRule(string Id, InjectionCategory Category, double Weight, Regex Pattern, RuleGate Gate = RuleGate.None, RuleStrength Strength = RuleStrength.Strong);
