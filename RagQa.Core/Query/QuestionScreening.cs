using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RagQa.Core.Analytics;
using RagQa.Core.Audit;
using RagQa.Core.Collections;
using RagQa.Core.Guardrails;

namespace RagQa.Core.Query;

/// <summary>
/// The input guardrails of a question, before anything is stored: field checks, the collection, prompt injection
/// (blocked and audited; a question about the reviews that the classifier alone flagged may pass, <see cref="InScopeReadingOverrule"/>), and personal data (redacted from the question and its filters, never stored or sent on).
/// </summary>
public sealed class QuestionScreening(
    CollectionStore collections,
    PromptInjectionDetector injection,
    SecondReader reader,
    PromptInjectionMetrics injectionMetrics,
    PiiRedactor redactor,
    IAuditTrail audit,
    IOptions<QueryOptions> options,
    ILogger<QuestionScreening> logger)
{
    /// <exception cref="QuestionRejectedException">The question is not accepted.</exception>
    public async Task<ScreenedQuestion> ScreenAsync(QuestionRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var error = QueryInputRules.CheckText(request.Question, "question", settings.MaxQuestionLength)
            ?? QueryInputRules.CheckTopK(request.TopK, settings.MaxTopK)
            ?? QueryInputRules.CheckFilters(request.Filters)
            ?? QueryInputRules.CheckCollection(request.Collection);
        if (error is not null) throw new QuestionRejectedException(QuestionRejection.InvalidInput, error);
        var collection = await collections.ResolveAsync(request.Collection, settings.DefaultCollection, request.Caller, cancellationToken)
            ?? throw new QuestionRejectedException(QuestionRejection.UnknownCollection, $"The collection '{request.Collection}' does not exist.");

        var verdict = InScopeReadingOverrule.Apply(
            injection.Analyze(request.Question!), () => reader.Read(request.Question!), () => AnalysisPlanParser.Parse(request.Question!));
        injectionMetrics.Record(verdict);
        if (verdict.IsInjection)
        {
            logger.LogWarning("Blocked a question as prompt injection ({Category}, score {Score})", verdict.Category, verdict.Score);
            await audit.RecordAsync(AuditActions.InjectionBlocked, request.Actor, null,
                new Dictionary<string, string>
                {
                    ["category"] = verdict.Category?.ToString() ?? "",
                    ["score"] = verdict.Score.ToString("0.###", CultureInfo.InvariantCulture),
                    ["rules"] = string.Join(",", verdict.MatchedRules),
                },
                cancellationToken: cancellationToken);
            throw new QuestionRejectedException(QuestionRejection.PromptInjection,
                "The question tries to change the assistant's instructions or reach data it must not reveal.");
        }

        var filter = request.Filters?.RedactedWith(redactor).ToVectorFilter();
        return new ScreenedQuestion(redactor.Redact(request.Question!.Trim()), collection, request.TopK ?? settings.DefaultTopK, filter);
    }
}
