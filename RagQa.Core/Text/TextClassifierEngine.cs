using Microsoft.ML;
using Microsoft.ML.Data;

namespace RagQa.Core.Text;

/// <summary>
/// Runs a trained <see cref="TextClassifierPipeline"/> model: one ML.NET prediction engine per thread (engines are not
/// thread-safe) and the model's label names in slot order, so each classifier only says what its scores mean.
/// </summary>
public sealed class TextClassifierEngine<TInput> : IDisposable
    where TInput : class
{
    private readonly ThreadLocal<PredictionEngine<TInput, TextClassifierScores>> _engines;

    public TextClassifierEngine(MLContext ml, ITransformer model)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(model);
        _engines = new(() => ml.Model.CreatePredictionEngine<TInput, TextClassifierScores>(model), trackAllValues: true);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        _engines.Value!.OutputSchema[nameof(TextClassifierScores.Score)].GetSlotNames(ref names);
        Labels = names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    /// <summary>The labels the model knows, in the order of <see cref="Scores"/>.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>One probability per label of <see cref="Labels"/>.</summary>
    public float[] Scores(TInput input) => _engines.Value!.Predict(input).Score;


    public void Dispose()
    {
        foreach (var engine in _engines.Values) engine.Dispose();
        _engines.Dispose();
    }
}
