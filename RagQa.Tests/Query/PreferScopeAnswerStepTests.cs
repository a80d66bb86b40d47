using Microsoft.Extensions.Options;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;
using RagQa.Core.Caching;
using RagQa.Core.Query;
using RagQa.Core.Query.Steps;
using RagQa.Tests.Caching;

namespace RagQa.Tests.Query;

/// <summary>The step that gives the scope answer to a question the second reader is surer is not about the reviews than its answer is right.</summary>
public sealed class PreferScopeAnswerStepTests
{
    private const string Arithmetic = "Quanto é 17,5% de 2.340, com duas casas decimais?";

    private static QueryContext Answered(string question, string kind, double confidence, bool cacheHit = false) =>
        new(new NewQuery(Guid.NewGuid(), question, "olist_reviews", 5, null, null), 0, null)
        {
            Question = QuestionIntentClassifier.Classify(question),
            Scope = QuestionScope.InScope,
            Answer = new ComposedAnswer("Uma avaliação diz: chegou quebrado.", [], ExtractiveAnswerer.Mode) { Kind = kind, CacheHit = cacheHit },
            Confidence = confidence,
            CacheKey = new AnswerCacheKey("olist_reviews", "bucket", "fingerprint", ReadOnlyMemory<sbyte>.Empty, []),
        };

    private static Task PreferAsync(QueryContext context) =>
        new PreferScopeAnswerStep(SecondReader.Default, new QueryMetrics(CacheTestSupport.MeterFactory()), Options.Create(new AnswerOptions()))
            .InvokeAsync(context, CancellationToken.None);

    [Theory]
    [InlineData(Arithmetic, AnswerKinds.Analytical, 0.5)]
    [InlineData("Qual a capital da Austrália, e quantos habitantes tem?", AnswerKinds.Specific, 0.2)]
    public async Task An_unsure_answer_to_a_question_read_as_out_of_scope_becomes_the_scope_answer_and_is_not_cached(string question, string kind, double confidence)
    {
        var context = Answered(question, kind, confidence);

        await PreferAsync(context);

        Assert.Equal(AnswerKinds.OutOfScope, context.Answer!.Kind);
        Assert.Empty(context.Answer.Citations);
        Assert.Equal(QuestionScope.OutOfScope, context.Scope);
        Assert.Equal(Math.Min(SecondReader.Default.Read(question).Probability, 0.89), context.Confidence);
        Assert.Null(context.CacheKey);
        Assert.Null(context.Prepared);
    }

    [Fact]
    public async Task An_answer_about_as_likely_right_as_the_reading_keeps_its_place()
    {
        var reading = SecondReader.Default.Read(Arithmetic);
        Assert.Equal(ReadingLabels.OutOfScope, reading.Label);
        var context = Answered(Arithmetic, AnswerKinds.Analytical, reading.Probability - 0.15);

        await PreferAsync(context);

        Assert.Equal(AnswerKinds.Analytical, context.Answer!.Kind);
        Assert.NotNull(context.CacheKey);
    }

    [Fact]
    public async Task An_unsure_answer_to_a_question_about_the_reviews_keeps_its_place_for_a_person()
    {
        var context = Answered("Alguma avaliação conta que o produto chegou quebrado na caixa?", AnswerKinds.Specific, 0.2);

        await PreferAsync(context);

        Assert.Equal(AnswerKinds.Specific, context.Answer!.Kind);
        Assert.Equal(0.2, context.Confidence);
    }

    [Fact]
    public async Task An_answer_from_the_cache_is_not_weighed_again()
    {
        var context = Answered(Arithmetic, AnswerKinds.Analytical, 0.3, cacheHit: true);

        await PreferAsync(context);

        Assert.Equal(AnswerKinds.Analytical, context.Answer!.Kind);
    }
}
