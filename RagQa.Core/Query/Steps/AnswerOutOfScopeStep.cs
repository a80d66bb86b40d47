using Microsoft.Extensions.Options;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;
using RagQa.Core.Text;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// A question that is not about the collection (the system's secrets, SQL, general knowledge) gets a short answer
/// saying what RagQa can answer: no quotes of unrelated reviews, and no escalation to a human. A question whose words
/// place it neither in nor out of scope (<see cref="QuestionScope.Unsure"/>: no review vocabulary, no figure) gets it
/// too when the <see cref="SecondReader"/> reads it as out of scope, with the reader's probability as the confidence; so
/// does one of nine words or more that the rules keep in scope only by a review word ("frete", "cliente") when the reader
/// is sure of it (<see cref="AnswerOptions.OutOfScopeOverRules"/>) and neither a figure nor a list of themes was read.
/// </summary>
public sealed class AnswerOutOfScopeStep(SecondReader reader, QueryMetrics metrics, IOptions<AnswerOptions> answerOptions) : IQueryStep
{
    /// <summary>
    /// The most a scope answer given on the second reader's word over the rules or over an answer
    /// (<see cref="PreferScopeAnswerStep"/>) may claim: it stays under 0.9, where a wrong answer is not allowed, since the
    /// 31 dev readings behind the rule (all right) are too few to claim more, and at 0.7–0.9 such readings were right
    /// 93–94 % of the time.
    /// </summary>
    internal const double OverruledAtMost = 0.89;

    /// <summary>
    /// The fewest words of a question whose scope the reader may overrule: it reads short questions about the reviews
    /// ("A entrega atrasou?", "O frete foi caro?") as out of scope at 0.95 and more, and the question sets' specific
    /// questions are long paraphrases, too few of them short to measure that on.
    /// </summary>
    private const int OverruledFromWords = 9;

    public Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var settings = answerOptions.Value;
        if (context.Scope == QuestionScope.OutOfScope)
        {
            Answer(context, settings.OutOfScopeConfidence, metrics);
        }
        else if (context.Scope == QuestionScope.Unsure && context.ReadWith(reader) is { Label: ReadingLabels.OutOfScope } reading
                 && reading.Probability >= settings.UnsureOutOfScopeReading)
        {
            Answer(context, reading.Probability, metrics);
        }
        // "Qual o prazo de entrega dos Correios para São Paulo?": a delivery word keeps it in scope for the rules, but a question
        // retrieval would answer that the reader is sure is about the world is not about the reviews.
        else if (context.Scope == QuestionScope.InScope && context.Plan is null && !context.Question.IsAggregate
                 && TextFolding.Words(context.Query.Question).Count >= OverruledFromWords
                 && context.ReadWith(reader) is { Label: ReadingLabels.OutOfScope } overruling
                 && overruling.Probability >= settings.OutOfScopeOverRules)
        {
            context.Scope = QuestionScope.OutOfScope;
            context.Activity?.SetTag("ragqa.scope", "OutOfScopeByReading");
            Answer(context, Math.Min(overruling.Probability, OverruledAtMost), metrics);
        }
        return Task.CompletedTask;
    }

    public static void Answer(QueryContext context, double confidence, QueryMetrics metrics)
    {
        var language = context.Question.Language;
        context.Answer = new ComposedAnswer(ScopeClassifier.ScopeAnswer(language), [], ExtractiveAnswerer.Mode)
        {
            Intent = "out_of_scope",
            Language = LanguageDetector.Code(language),
            Kind = AnswerKinds.OutOfScope,
        };
        context.Confidence = confidence;
        metrics.RecordOutOfScope();
    }
}
