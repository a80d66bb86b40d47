using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace RagQa.Benchmarks.Eval;

/// <summary>
/// What <see cref="RelevanceEvaluator"/> and <see cref="GroundednessEvaluator"/> share, after Microsoft's Quality
/// evaluators: check the inputs, ask the judge with fixed near-deterministic options, and turn its reply into a
/// 1–5 <see cref="NumericMetric"/> with the judge's reason and an interpretation. Missing inputs and unreadable
/// replies are error diagnostics on the metric (value null), not exceptions, so one bad reply does not end a run;
/// a judge that cannot be reached at all still throws, as Microsoft's do.
/// </summary>
public static class ModelJudge
{
    /// <summary>Microsoft's default: a score under 4 fails.</summary>
    public const double MinimumPassingScore = 4;

    private static readonly ChatOptions JudgeOptions = new()
    {
        Temperature = 0,
        MaxOutputTokens = 800,
        TopP = 1,
        PresencePenalty = 0,
        FrequencyPenalty = 0,
        ResponseFormat = ChatResponseFormat.Text,
    };

    /// <param name="missingContext">Why the evaluator's own context is unusable, or null when it is fine.</param>
    /// <param name="prompt">The judge's messages from the question and the answer.</param>
    public static async ValueTask<EvaluationResult> EvaluateAsync(string metricName, IEnumerable<ChatMessage> messages, ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration, string? missingContext, Func<string, string, IList<ChatMessage>> prompt,
        CancellationToken cancellationToken)
    {
        var metric = new NumericMetric(metricName);
        var result = new EvaluationResult(metric);
        _ = messages.TryGetUserRequest(out var question);
        if (Problem(chatConfiguration, question, modelResponse, missingContext) is { } problem)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Error(problem));
            return result;
        }

        var watch = Stopwatch.StartNew();
        // Plain texts, not RenderText's "[user] …" renderings: one question and one answer need no role labels.
        var judgement = await chatConfiguration!.ChatClient.GetResponseAsync(
            prompt(question!.Text, modelResponse.Text), JudgeOptions, cancellationToken);
        metric.AddOrUpdateChatMetadata(judgement, watch.Elapsed);
        if (JudgeReply.Parse(judgement.Text) is { } reply)
        {
            metric.Value = reply.Score;
            metric.Reason = reply.Reason;
        }
        else
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Error(
                $"No {JudgeReply.MinScore:0}–{JudgeReply.MaxScore:0} score for '{metricName}' could be read from the judge's reply:\n{judgement.Text}"));
        }
        metric.Interpretation = Interpret(metricName, metric.Value);
        return result;
    }

    private static string? Problem(ChatConfiguration? chatConfiguration, ChatMessage? question, ChatResponse answer, string? missingContext) =>
        chatConfiguration is null ? "No chat configuration: a judge model is needed."
        : string.IsNullOrWhiteSpace(question?.Text) ? "The messages do not end with the user's question."
        : string.IsNullOrWhiteSpace(answer.Text) ? "The answer is empty."
        : missingContext;

    /// <summary>Microsoft's rating bands for the 1–5 scale; a score under <see cref="MinimumPassingScore"/> fails.</summary>
    public static EvaluationMetricInterpretation Interpret(string metricName, double? score)
    {
        var rating = score switch
        {
            > 4 and <= 5 => EvaluationRating.Exceptional,
            > 3 and <= 4 => EvaluationRating.Good,
            > 2 and <= 3 => EvaluationRating.Average,
            > 1 and <= 2 => EvaluationRating.Poor,
            > 0 and <= 1 => EvaluationRating.Unacceptable,
            _ => EvaluationRating.Inconclusive,
        };
        return score < MinimumPassingScore
            ? new EvaluationMetricInterpretation(rating, failed: true, reason: $"{metricName} is less than {MinimumPassingScore}.")
            : new EvaluationMetricInterpretation(rating);
    }
}
