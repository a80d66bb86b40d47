using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace RagQa.Core.Text;

/// <summary>
/// The pipeline RagQa's text classifiers share: word 1–2-grams and character 1–4-grams of the text (lower case, accents
/// dropped, TF, L2-normalised) and a multiclass logistic regression (L-BFGS maximum entropy) over the labels. Character
/// n-grams catch spellings the training rows never had; word pairs catch the phrasing. One thread and the caller's seed
/// make a retrain reproduce the same model from the same rows.
/// </summary>
public static class TextClassifierPipeline
{
    public static IEstimator<ITransformer> Build(MLContext ml, string textColumn, string labelColumn, float l2Regularization = 0.01f)
    {
        ArgumentNullException.ThrowIfNull(ml);
        return ml.Transforms.Conversion.MapValueToKey("Label", labelColumn)
            .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepDiacritics = false,
                KeepPunctuations = true,
                KeepNumbers = true,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, textColumn))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = l2Regularization,
                L1Regularization = 0f,
                NumberOfThreads = 1,
            }));
    }
}
