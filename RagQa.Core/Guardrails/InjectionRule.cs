using System.Text.RegularExpressions;

namespace RagQa.Core.Guardrails;

/// <summary>One scoring rule: a pattern over the canonical (or folded) question, its weight and what it indicates.</summary>
internal sealed record InjectionRule(string Id, InjectionCategory Category, double Weight, Regex Pattern, RuleGate Gate = RuleGate.None);
