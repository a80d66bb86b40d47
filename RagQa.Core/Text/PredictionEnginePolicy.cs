using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace RagQa.Core.Text;

/// <summary>Makes the prediction engines <see cref="TextClassifierEngine{TInput}"/> pools; every engine returned is kept for reuse.</summary>
public sealed class PredictionEnginePolicy<TInput>(MLContext ml, ITransformer model) : IPooledObjectPolicy<PredictionEngine<TInput, TextClassifierScores>>
    where TInput : class
{
    public PredictionEngine<TInput, TextClassifierScores> Create() => ml.Model.CreatePredictionEngine<TInput, TextClassifierScores>(model);

    public bool Return(PredictionEngine<TInput, TextClassifierScores> obj) => true;
}
