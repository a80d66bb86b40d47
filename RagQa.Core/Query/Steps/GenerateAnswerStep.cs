using Microsoft.Extensions.Logging;
using RagQa.Core.Answering;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// Writes the draft answer from the prepared sources (<c>llm_generate</c>): the configured chat model, else — or when
/// the model fails after its own retries — the extractive answerer, which composes it from the sources themselves.
/// An analytical answer is already drafted from its counts.
/// </summary>
public sealed class GenerateAnswerStep(ILogger<GenerateAnswerStep> logger, ChatAnswerGenerator? chat = null) : IQueryStep
{
    public async Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        if (context.IsAnswered || context.Draft is not null) return;
        var (prepared, language) = (context.Prepared!, context.Question.Language);
        using var span = QueryTracing.Source.StartActivity("llm_generate");
        if (chat is not null && prepared.Sources.Count > 0)
        {
            try
            {
                var draft = await chat.GenerateAsync(context.Query.Question, language, prepared.Sources, cancellationToken);
                span?.SetTag("ragqa.mode", draft.Mode).SetTag("ragqa.model", draft.Model);
                if (draft.InputTokens is not null) span?.SetTag("gen_ai.usage.input_tokens", draft.InputTokens);
                if (draft.OutputTokens is not null) span?.SetTag("gen_ai.usage.output_tokens", draft.OutputTokens);
                context.Draft = draft;
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // A grounded extractive answer beats none: the model failed after its own retries.
                logger.LogWarning(ex, "The chat model failed for query {QueryId}; answering extractively", context.Query.QueryId);
                span?.SetTag("ragqa.llm_fallback", true);
            }
        }
        span?.SetTag("ragqa.mode", ExtractiveAnswerer.Mode);
        context.Draft = prepared.Breakdown is { } breakdown
            ? ExtractiveAnswerer.Breakdown(breakdown, prepared.Sources, language)
            : ExtractiveAnswerer.Specific(prepared.Sources, language);
    }
}
