namespace RagQa.Core.Guardrails;

/// <summary>One row the injection classifier reads: the question as <see cref="InjectionClassifier.FeatureText"/> writes it and, in training, its family.</summary>
public sealed class InjectionExample
{
    public string Text { get; set; } = "";

    public string Family { get; set; } = InjectionFamily.Benign;
}
