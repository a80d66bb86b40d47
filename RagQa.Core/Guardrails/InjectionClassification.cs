namespace RagQa.Core.Guardrails;

/// <summary>What the classifier makes of a question: the probability that it is an attack (1 − P(benign)) and the likeliest attack family.</summary>
public readonly record struct InjectionClassification(double AttackProbability, string Family);
