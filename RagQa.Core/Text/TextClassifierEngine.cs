using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace RagQa.Core.Text;

/// <summary>
/// Runs a trained <see cref="TextClassifierPipeline"/> model and knows its label names in slot order, so each classifier
/// only says what its scores mean. ML.NET prediction engines are not thread-safe and costly to create (tens of
/// milliseconds), so they are pooled: a question borrows one, and a new thread of the pool does not pay for a new engine
/// as it would with one engine per thread.
/// </summary>
public sealed class TextClassifierEngine<TInput> : IDisposable
    where TInput : class
{
    private readonly ObjectPool<PredictionEngine<TInput, TextClassifierScores>> _engines;

    public TextClassifierEngine(MLContext ml, ITransformer model)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(model);
        _engines = new DefaultObjectPoolProvider { MaximumRetained = 4 * Environment.ProcessorCount }.Create(new PredictionEnginePolicy<TInput>(ml, model));
        var engine = _engines.Get();
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        engine.OutputSchema[nameof(TextClassifierScores.Score)].GetSlotNames(ref names);
        Labels = names.DenseValues().Select(n => n.ToString()).ToArray();
        _engines.Return(engine);
    }

    /// <summary>The labels the model knows, in the order of <see cref="Scores"/>.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>One probability per label of <see cref="Labels"/>.</summary>
    public float[] Scores(TInput input)
    {
        var engine = _engines.Get();
        try
        {
            return engine.Predict(input).Score;
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    /// <summary>Disposes the pooled engines (the pool of a disposable type owns them).</summary>
    public void Dispose() => (_engines as IDisposable)?.Dispose();
}
