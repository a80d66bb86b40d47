using System.Diagnostics.Metrics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RagQa.Core.Answering;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Analytics.Tools;

/// <summary>
/// Answers an analytical question with the configured chat model and the analysis tools (<see cref="AnalysisToolSet"/>,
/// through Microsoft.Extensions.AI function invocation): the model plans, the database counts. The model's text is
/// kept only if it called a tool that counted and every number in it is backed by a tool result
/// (<see cref="NumberBacking"/>); otherwise it is withheld — counted, logged, and the caller falls back.
/// </summary>
public sealed class AnalysisToolAnswerer
{
    private readonly IChatClient _chat;
    private readonly ReviewAnalytics _analytics;
    private readonly IOptions<AnswerOptions> _options;
    private readonly AnalysisToolMetrics _metrics;
    private readonly ILogger<AnalysisToolAnswerer> _logger;

    public AnalysisToolAnswerer(IChatClient chat, ReviewAnalytics analytics, IOptions<AnswerOptions> options, IMeterFactory meterFactory, ILoggerFactory loggers)
    {
        var settings = options.Value;
        _chat = chat.AsBuilder()
            .UseFunctionInvocation(loggers, invocation =>
            {
                invocation.MaximumIterationsPerRequest = settings.MaxToolCalls;
                // Bad arguments come back as error results the model can correct; a tool that throws twice in a row
                // (the database is down) ends the attempt.
                invocation.MaximumConsecutiveErrorsPerRequest = 1;
            })
            .Build();
        (_analytics, _options, _metrics, _logger) = (analytics, options, new AnalysisToolMetrics(meterFactory), loggers.CreateLogger<AnalysisToolAnswerer>());
    }

    public async Task<AnalysisToolOutcome> AnswerAsync(Guid queryId, string question, AnswerLanguage language, string collection, VectorFilter? filter,
        CancellationToken cancellationToken)
    {
        var settings = _options.Value;
        var tools = new AnalysisToolSet(_analytics, collection, filter, language, settings.ExamplesPerTheme * 2, settings.MaxToolCalls);
        ChatResponse response;
        try
        {
            response = await _chat.GetResponseAsync(AnalysisToolPrompt.Build(question, language), new ChatOptions
            {
                ModelId = settings.ModelId,
                MaxOutputTokens = settings.MaxOutputTokens,
                Temperature = (float)settings.Temperature,
                Tools = [.. tools.Tools],
            }, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning(ex, "The chat model failed on analytical query {QueryId} after {ToolCalls} tool calls", queryId, tools.Calls.Count);
            return Withhold(queryId, AnalysisToolOutcome.ModelFailed, [], tools.Calls);
        }

        // The model saw no numbered sources: a bracketed number is not a citation it may make.
        var text = CitationMarkers.Strip(response.Text).Trim();
        var calls = tools.Calls;
        var counted = calls.LastOrDefault(c => c.Analysis is not null);
        var unbacked = NumberBacking.Unbacked(text, question, calls.Select(c => c.Result));
        var reason = text.Length == 0 ? AnalysisToolOutcome.EmptyAnswer
            : counted is null ? AnalysisToolOutcome.NoToolResult
            : unbacked.Count > 0 ? AnalysisToolOutcome.UnbackedNumber
            : null;
        if (reason is not null) return Withhold(queryId, reason, unbacked, calls);

        var analysis = counted!.Analysis!;
        // Every sentence of the model's text passed the number check: grounding keeps them as they are, and checks the
        // quotes of the examples cited under it.
        var sentences = text.Split('\n').SelectMany(GroundingValidator.SplitSentences).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        var draft = AnalysisAnswerWriter.WithExamples(text, sentences, analysis.Draft.Sources, language, ChatAnswerGenerator.Mode) with
        {
            Model = response.ModelId ?? settings.ModelId,
            InputTokens = response.Usage?.InputTokenCount,
            OutputTokens = response.Usage?.OutputTokenCount,
        };
        return new AnalysisToolOutcome(draft, analysis.Figures, Math.Min(settings.ToolAnswerConfidence, counted.Confidence), null, calls);
    }

    private AnalysisToolOutcome Withhold(Guid queryId, string reason, IReadOnlyList<string> unbacked, IReadOnlyList<AnalysisToolCall> calls)
    {
        _metrics.Withheld(reason);
        _logger.LogWarning("Withheld the chat model's answer to analytical query {QueryId}: {Reason} (unbacked numbers: {Unbacked}; tool calls: {ToolCalls})",
            queryId, reason, string.Join(" ", unbacked), string.Join(", ", calls.Select(c => c.Tool)));
        return AnalysisToolOutcome.Withheld(reason, calls);
    }
}
