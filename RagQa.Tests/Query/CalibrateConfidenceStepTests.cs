using Microsoft.Extensions.Options;
using RagQa.Core.Answering;
using RagQa.Core.Query;
using RagQa.Core.Query.Steps;

namespace RagQa.Tests.Query;

/// <summary>The step that turns an extractive answer's composed score into its measured probability of being right.</summary>
public sealed class CalibrateConfidenceStepTests
{
    private static readonly AnswerOptions Settings = new();

    private static QueryContext Context(ComposedAnswer answer, double confidence) =>
        new(new NewQuery(Guid.NewGuid(), "Quantas avaliações têm nota 5?", "olist_reviews", 5, null, null), 0, null)
        {
            Answer = answer,
            Confidence = confidence,
        };

    private static Task CalibrateAsync(QueryContext context, AnswerOptions? settings = null) =>
        new CalibrateConfidenceStep(Options.Create(settings ?? Settings)).InvokeAsync(context, CancellationToken.None);

    [Theory]
    [InlineData(0.6)]
    [InlineData(0.95)]
    public async Task An_extractive_answer_from_retrieval_gets_the_measured_probability(double score)
    {
        var context = Context(new ComposedAnswer("Resposta.", [], ExtractiveAnswerer.Mode) { Kind = AnswerKinds.Specific }, score);

        await CalibrateAsync(context);

        Assert.Equal(ConfidenceCalibration.Apply(Settings.RetrievalCalibration, score), context.Confidence);
        Assert.NotEqual(score, context.Confidence);
    }

    [Theory]
    [InlineData(0.4, 0.4)]
    [InlineData(0.5, 0.5001)]
    [InlineData(0.65, 0.7665)]
    [InlineData(0.75, 0.8995)]
    [InlineData(0.8999, 0.8995)]
    [InlineData(0.9, 0.9)]
    [InlineData(0.95, 0.95)]
    public async Task A_figure_between_the_measured_points_is_lifted_but_never_across_0_9(double score, double expected)
    {
        var context = Context(new ComposedAnswer("858 avaliações.", [], ExtractiveAnswerer.Mode) { Kind = AnswerKinds.Analytical }, score);

        await CalibrateAsync(context);

        Assert.Equal(expected, context.Confidence, 4);
    }

    public static TheoryData<ComposedAnswer> AnswersThatKeepTheirConfidence() => new()
    {
        new ComposedAnswer("Resposta do modelo.", [], "llm") { Kind = AnswerKinds.Specific },
        new ComposedAnswer("858 avaliações, contadas pelo modelo.", [], "llm") { Kind = AnswerKinds.Analytical },
        new ComposedAnswer("Resposta guardada.", [], ExtractiveAnswerer.Mode) { Kind = AnswerKinds.Analytical, CacheHit = true },
        new ComposedAnswer("Posso responder sobre as avaliações.", [], ExtractiveAnswerer.Mode) { Kind = AnswerKinds.OutOfScope },
    };

    [Theory]
    [MemberData(nameof(AnswersThatKeepTheirConfidence))]
    public async Task A_models_answer_a_cache_hit_and_the_scope_answer_keep_their_confidence(ComposedAnswer answer)
    {
        var context = Context(answer, 0.8);

        await CalibrateAsync(context);

        Assert.Equal(0.8, context.Confidence);
    }

    [Fact]
    public async Task Switched_off_it_leaves_the_composed_score_for_a_new_fit()
    {
        var context = Context(new ComposedAnswer("Resposta.", [], ExtractiveAnswerer.Mode) { Kind = AnswerKinds.Specific }, 0.6);

        await CalibrateAsync(context, new AnswerOptions { CalibrateConfidence = false });

        Assert.Equal(0.6, context.Confidence);
    }
}
