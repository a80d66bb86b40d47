using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using RagQa.Core.Answering;
using RagQa.Core.Audit;
using RagQa.Core.Data;
using RagQa.Core.Guardrails;
using RagQa.Core.Query;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// Checks the draft before anyone sees it (<c>validate_output</c>): every sentence against its sources (a model's
/// unsupported sentences are dropped), a model draft that repeats the system prompt is withheld whole, personal data
/// is redacted, and the confidence is scored (calibrated later, <see cref="CalibrateConfidenceStep"/>). A failed check is recorded in the audit trail once per query.
/// </summary>
public sealed class ValidateAnswerStep(PiiRedactor redactor, IAuditTrail audit, QueryMetrics metrics, IOptions<AnswerOptions> answerOptions) : IQueryStep
{
    private static readonly ConcurrentDictionary<AnswerLanguage, PromptLeakDetector> LeakDetectors = new();

    public async Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        if (context.IsAnswered) return;
        var (draft, question, prepared, settings) = (context.Draft!, context.Question, context.Prepared!, answerOptions.Value);
        var (answer, confidence, grounding, promptLeaked) = Validate(draft, question, prepared, settings);
        // Sources are redacted at ingestion and questions before they are stored, but a model can still write
        // personal data (invented, or spelled out from placeholders): the answer is redacted before it is stored,
        // cached or returned.
        var redacted = redactor.Redact(answer.Text);
        if (redacted.Total > 0) answer = answer with { Text = redacted.Text };
        await AuditFailureAsync(context.Query.QueryId, grounding, redacted.Total, promptLeaked, cancellationToken);
        if (draft.InputTokens is not null) context.Activity?.SetTag("ragqa.tokens.input", draft.InputTokens);
        if (draft.OutputTokens is not null) context.Activity?.SetTag("ragqa.tokens.output", draft.OutputTokens);
        metrics.RecordUsage(draft.Mode, draft.InputTokens ?? 0, draft.OutputTokens ?? 0,
            settings.EstimatedCost(draft.InputTokens ?? 0, draft.OutputTokens ?? 0));
        context.Answer = context.Figures is { } figures ? answer with { Kind = AnswerKinds.Analytical, Analysis = figures } : answer;
        context.Confidence = confidence;
    }

    private static (ComposedAnswer Answer, double Confidence, GroundingResult Grounding, bool PromptLeaked) Validate(
        AnswerDraft draft, ClassifiedQuestion question, PreparedSources prepared, AnswerOptions settings)
    {
        using var span = QueryTracing.Source.StartActivity("validate_output");
        var fromModel = draft.Mode != ExtractiveAnswerer.Mode;
        var grounding = GroundingValidator.Validate(draft.Text, draft.Sources, draft.Framing, question.Language, settings.MinSentenceSupport,
            removeUnsupported: fromModel);
        // A model draft that repeats the system prompt is withheld whole, even if grounding would have dropped the copied
        // sentences: the rest was written by a model that an extraction attempt got through to. The asker gets the
        // not-answerable phrase, and confidence 0 sends the query to a human.
        var promptLeaked = fromModel && LeakDetectors.GetOrAdd(question.Language, language => new PromptLeakDetector(AnswerPrompt.SystemPrompt(language)))
            .Check(draft.Text).IsLeak;
        var text = grounding.Text.Length == 0 || promptLeaked ? AnswerPhrases.NotAnswerable(question.Language) : grounding.Text;
        List<Citation> citations = promptLeaked ? [] : draft.Sources
            .Where(s => grounding.CitedSources.Contains(s.Index))
            .Select(s => new Citation(s.Index, s.Chunk.Id, s.Chunk.DocumentId, s.Chunk.SourceId, s.Quote, s.Score))
            .ToList();
        var citedIds = citations.Select(c => c.ChunkId).ToHashSet();
        var confidence = promptLeaked ? 0
            : prepared.Confidence is { } known ? known * CountedCoverage(grounding)
            : question.IsAggregate
            ? ConfidenceScorer.ScoreAggregate(prepared.Reviews, prepared.Agreement, grounding.Coverage) * settings.ThemeListReading
            : ConfidenceScorer.Score(prepared.Results.Where(r => citedIds.Contains(r.Chunk.Id)).ToList(), grounding.Coverage);
        span?.SetTag("ragqa.prompt_leak", promptLeaked).SetTag("ragqa.grounding_coverage", grounding.Coverage)
            .SetTag("ragqa.sentences_supported", grounding.SupportedSentences)
            .SetTag("ragqa.sentences_unsupported", grounding.UnsupportedSentences);
        var answer = new ComposedAnswer(text, citations, draft.Mode)
        {
            Model = draft.Model,
            Intent = ClassifiedQuestion.Name(question.Intent),
            Language = LanguageDetector.Code(question.Language),
            // A counted answer with no review to cite has nothing unsupported: not a failed validation to escalate (a withheld
            // one, confidence 0, still is).
            GroundingCoverage = Math.Round(prepared.Confidence is > 0 ? CountedCoverage(grounding) : grounding.Coverage, 4),
            InputTokens = draft.InputTokens,
            OutputTokens = draft.OutputTokens,
        };
        return (answer, confidence, grounding, promptLeaked);
    }

    /// <summary>
    /// An answer written from counts with no review to cite ("Não: nenhuma das 2.000 avaliações…") has nothing to ground
    /// and nothing unsupported: its confidence is the reading's, not 0.
    /// </summary>
    private static double CountedCoverage(GroundingResult grounding) =>
        grounding.SupportedSentences + grounding.UnsupportedSentences == 0 ? 1 : grounding.Coverage;

    /// <summary>
    /// An answer with unsupported sentences, nothing answerable left, or personal data in it failed validation:
    /// recorded once per query (the event id is derived from it, so a redelivery does not record it twice).
    /// </summary>
    private async Task AuditFailureAsync(Guid queryId, GroundingResult grounding, int piiRedacted, bool promptLeaked, CancellationToken cancellationToken)
    {
        if (grounding.UnsupportedSentences == 0 && piiRedacted == 0 && grounding.Text.Length > 0 && !promptLeaked) return;
        System.Diagnostics.Activity.Current?.SetTag("ragqa.pii_redacted", piiRedacted);
        await audit.RecordAsync(AuditActions.AnswerValidationFailed, AuditActors.System, AuditSubject.Query(queryId),
            new Dictionary<string, string>
            {
                ["unsupported_sentences"] = grounding.UnsupportedSentences.ToString(CultureInfo.InvariantCulture),
                ["supported_sentences"] = grounding.SupportedSentences.ToString(CultureInfo.InvariantCulture),
                ["pii_redacted"] = piiRedacted.ToString(CultureInfo.InvariantCulture),
                ["answerable"] = grounding.Text.Length > 0 ? "true" : "false",
                ["prompt_leak"] = promptLeaked ? "true" : "false",
            }, NameBasedGuid.Create(queryId, 'v', 0), cancellationToken);
    }
}
