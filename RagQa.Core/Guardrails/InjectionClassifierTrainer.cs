using Microsoft.ML;
using RagQa.Core.Text;

namespace RagQa.Core.Guardrails;

/// <summary>
/// Trains the injection classifier over the attack families and "benign" with the shared
/// <see cref="TextClassifierPipeline"/>, on the folded question (<see cref="InjectionClassifier.FeatureText"/>).
/// </summary>
public static class InjectionClassifierTrainer
{
    public const int Seed = 19;

    public static ITransformer Train(MLContext ml, IEnumerable<InjectionExample> examples)
    {
        ArgumentNullException.ThrowIfNull(ml);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new InjectionExample { Text = InjectionClassifier.FeatureText(e.Text), Family = e.Family }));
        return TextClassifierPipeline.Build(ml, nameof(InjectionExample.Text), nameof(InjectionExample.Family)).Fit(data);
    }
}
