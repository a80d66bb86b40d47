using Microsoft.Extensions.Options;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;
using RagQa.Core.Retrieval;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// Decides what kind of question this is: a figure over the whole collection (an <see cref="AnalysisPlan"/>), a list of
/// themes, or something specific; whether it is about the reviews at all; its language; and for a theme list the
/// filters it states ("avaliações de 1 estrela em 2018"). When no word of a question about the reviews names a figure
/// but the <see cref="SecondReader"/> is sure it asks for one, the parser reads the rest of the question with that measure
/// (or, when the reader is sure it asks for the themes, it is a list of themes); when the reader is sure it asks about one
/// review, a plan that leaves words unread is set aside.
/// </summary>
public sealed class ClassifyQuestionStep(SecondReader reader, IOptions<AnswerOptions> answerOptions) : IQueryStep
{
    public Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var query = context.Query;
        // "Uma colega disse que as neutras são confusas. Sobre o que falam as de 3 estrelas?": the question, not the context told before it.
        var asked = ContextFirstQuestion.QuestionOf(query.Question) ?? query.Question;
        // The language is the whole message's: a short closing question is too little to tell it by.
        context.Question = QuestionIntentClassifier.Classify(asked) with { Language = LanguageDetector.Detect(query.Question) };
        context.Plan = AnalysisPlanParser.Parse(query.Question);
        // "top elogios de 2017, rapidinho": the parser reads a list of themes the intent rules miss.
        if (context.Plan is null && !context.Question.IsAggregate && AnalysisPlanParser.AsksForThemes(asked))
        {
            context.Question = QuestionIntentClassifier.ThemeList(asked, context.Question.Language);
        }
        // "Busca la reseña de quien se queja de que la tienda nunca despachó su compra.": a complaint word and "de que" read as
        // a list of themes by the intent rules; a question the second reader is sure asks about one review is not one.
        if (context.Plan is null && context.Question.IsAggregate && context.ReadWith(reader) is { Label: ReadingLabels.Specific } one
            && one.Probability >= answerOptions.Value.OneReviewFrom)
        {
            context.Question = new ClassifiedQuestion(QuestionIntent.Specific, context.Question.Language);
        }
        // "What did the buyer say who hopes the item holds up over time?": a plan that leaves words unread, of a question the
        // second reader is sure asks about one review, is not a figure; retrieval answers it. "Do que reclama quem escreve
        // 'x'?", which the reader is sure asks for the themes, is a list of themes.
        if (context.Plan is { UnusedWords.Count: > 0 } && context.ReadWith(reader) is var leftOver)
        {
            if (leftOver is { Label: ReadingLabels.Specific } && leftOver.Probability >= answerOptions.Value.OneReviewFrom)
            {
                context.Plan = null;
            }
            else if (leftOver is { Label: ReadingLabels.TopThemes } && leftOver.Probability >= answerOptions.Value.ThemeListFrom)
            {
                context.Plan = null;
                if (!context.Question.IsAggregate) context.Question = QuestionIntentClassifier.ThemeList(asked, context.Question.Language);
            }
        }
        // Keywords read as a count ("Amazon faturou 2023") do not make a question about the reviews on their own.
        context.Scope = ScopeClassifier.Classify(query.Question, context.Plan is { IsImpliedMeasure: false } plan && !plan.Doubts.Contains(AnalysisPlanParser.ImpliedTermsDoubt));
        // "Tá, e o que mais aparece nas de 2018?" has no review word the scope rules know; a question the reader is sure asks
        // for a figure or the themes is about the reviews all the same.
        if (context.Plan is null && !context.Question.IsAggregate && context.Scope != QuestionScope.OutOfScope
            && context.ReadWith(reader) is var reading && reading.Probability >= answerOptions.Value.ReadMeasureFrom
            && ReadingLabels.MeasureOf(reading.Label) is var measure && (measure is not null || reading.Label == ReadingLabels.TopThemes))
        {
            context.Scope = QuestionScope.InScope;
            if (measure is { } read) context.Plan = AnalysisPlanParser.Parse(query.Question, read);
            // "What topics come up most in the reviews containing 'porque'?": a list of themes in words the intent rules miss.
            else context.Question = QuestionIntentClassifier.ThemeList(asked, context.Question.Language);
        }
        if (context.Plan is null && context.Question.IsAggregate)
        {
            // "Sem contar as de 5 estrelas, o que mais elogiam?": the reviews set aside are taken out of the question first, so
            // the filters are read from the rest and "5 estrelas" is not read as the reviews the list is about.
            var words = new QuestionWords(asked);
            context.ThemeExcept = ExclusionReader.Read(words);
            var scoped = context.ThemeExcept is null ? asked : words.Rest();
            context.Filter = QuestionFilterParser.Apply(scoped, query.Filter);
            context.ThemeMention = ThemeMention.Read(scoped);
            if (ThemePeriodFilter.Read(scoped, query.Filter) is { } period)
            {
                if (!period.IsCountedBack) context.Filter = ThemePeriodFilter.With(context.Filter, period);
                else context.ThemePeriod = period;
            }
        }
        context.Activity?.SetTag("ragqa.collection", query.Collection).SetTag("ragqa.top_k", query.TopK)
            .SetTag("ragqa.language", LanguageDetector.Code(context.Question.Language)).SetTag("ragqa.scope", context.Scope.ToString())
            .SetTag("ragqa.measure", context.Plan is null ? null : AnalysisAnswerWriter.MeasureName(context.Plan.Measure));
        return Task.CompletedTask;
    }
}
