using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace RagQa.Core.Guardrails;

/// <summary>
/// The classifier's pipeline: word 1–2-grams and character 1–4-grams of the folded question (TF, L2-normalised), and a
/// multiclass logistic regression (L-BFGS maximum entropy) over the attack families and "benign". Character n-grams
/// catch spellings the word lists never saw ("instrucoes", "1gn0re", "promptt"); word pairs catch the phrasing.
/// One thread and a fixed seed make a retrain reproduce the same model from the same corpus.
/// </summary>
public static class InjectionClassifierTrainer
{
    public const int Seed = 19;

    public static ITransformer Train(MLContext ml, IEnumerable<InjectionExample> examples)
    {
        ArgumentNullException.ThrowIfNull(ml);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new InjectionExample { Text = InjectionClassifier.FeatureText(e.Text), Family = e.Family }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(InjectionExample.Family))
            .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepDiacritics = false,
                KeepPunctuations = true,
                KeepNumbers = true,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(InjectionExample.Text)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = 0.01f,
                L1Regularization = 0f,
                NumberOfThreads = 1,
            }));
        return pipeline.Fit(data);
    }
}
