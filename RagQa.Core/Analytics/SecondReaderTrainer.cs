using Microsoft.ML;
using RagQa.Core.Text;

namespace RagQa.Core.Analytics;

/// <summary>Trains the <see cref="SecondReader"/> with the shared <see cref="TextClassifierPipeline"/> over the <see cref="ReadingLabels"/>.</summary>
public static class SecondReaderTrainer
{
    public const int Seed = 23;

    public static ITransformer Train(MLContext ml, IEnumerable<SecondReaderExample> examples)
    {
        ArgumentNullException.ThrowIfNull(ml);
        var data = ml.Data.LoadFromEnumerable(examples);
        return TextClassifierPipeline.Build(ml, nameof(SecondReaderExample.Text), nameof(SecondReaderExample.Label)).Fit(data);
    }
}
