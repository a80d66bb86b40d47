using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace RagQa.Benchmarks.Eval;

/// <summary>
/// Model-judged answer check after Microsoft's <c>RelevanceEvaluator</c> (its package,
/// Microsoft.Extensions.AI.Evaluation.Quality, is not on this machine's mirror): the judge model in
/// <see cref="ChatConfiguration.ChatClient"/> scores 1–5 how well the answer addresses the question.
/// </summary>
public sealed class RelevanceEvaluator : IEvaluator
{
    public const string MetricName = "Relevance";

    public IReadOnlyCollection<string> EvaluationMetricNames => [MetricName];

    public ValueTask<EvaluationResult> EvaluateAsync(IEnumerable<ChatMessage> messages, ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null, IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default) =>
        ModelJudge.EvaluateAsync(MetricName, messages, modelResponse, chatConfiguration, missingContext: null, JudgePrompt.Relevance, cancellationToken);
}
