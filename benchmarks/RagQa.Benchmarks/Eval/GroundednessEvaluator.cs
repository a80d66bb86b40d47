using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace RagQa.Benchmarks.Eval;

/// <summary>
/// Model-judged answer check after Microsoft's <c>GroundednessEvaluator</c> (its package,
/// Microsoft.Extensions.AI.Evaluation.Quality, is not on this machine's mirror): the judge model in
/// <see cref="ChatConfiguration.ChatClient"/> scores 1–5 how well the answer to the question is anchored in the
/// chunks it cites (<see cref="CitedChunks"/>). An answer citing nothing has no grounding to judge.
/// </summary>
public sealed class GroundednessEvaluator : IEvaluator
{
    public const string MetricName = "Groundedness";

    public IReadOnlyCollection<string> EvaluationMetricNames => [MetricName];

    public async ValueTask<EvaluationResult> EvaluateAsync(IEnumerable<ChatMessage> messages, ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null, IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var cited = additionalContext?.OfType<CitedChunks>().SingleOrDefault();
        var result = await ModelJudge.EvaluateAsync(MetricName, messages, modelResponse, chatConfiguration,
            cited is { Citations.Count: > 0 } ? null : $"No '{CitedChunks.ContextName}' context with a citation: nothing to ground the answer in.",
            (question, answer) => JudgePrompt.Groundedness(question, answer, cited!.GroundingText), cancellationToken);
        if (cited is not null) result.AddOrUpdateContextInAllMetrics(cited);
        return result;
    }
}
