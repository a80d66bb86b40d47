using RagQa.Core.Analytics;

namespace RagQa.Tests.Analytics;

public sealed class AnalysisConfidenceTests
{
    private static readonly AnalysisResult Counted = new(2000, 998, 3.68, [], new DateOnly(2018, 8, 31), []);

    private static double Of(string question) => AnalysisConfidence.Of(AnalysisPlanParser.Parse(question)!, Counted);

    [Fact]
    public void A_fully_understood_question_is_answered_with_high_confidence()
    {
        Assert.Equal(AnalysisConfidence.Understood, Of("Quantas avaliações têm nota 5?"));
    }

    [Fact]
    public void A_long_question_read_in_full_is_less_sure_than_a_short_one()
    {
        var plan = AnalysisPlanParser.Parse("Estamos fechando o relatório com a diretoria e surgiu a dúvida: quantas avaliações têm nota 5?")!;

        Assert.Empty(plan.UnusedWords);
        Assert.True(plan.QuestionLength > AnalysisConfidence.ShortQuestion, $"{plan.QuestionLength} words");
        Assert.Equal(AnalysisConfidence.Understood * Math.Pow(AnalysisConfidence.PerWordPastShort, plan.QuestionLength - AnalysisConfidence.ShortQuestion),
            AnalysisConfidence.Of(plan, Counted), 4);
        Assert.True(AnalysisConfidence.Of(plan, Counted) < 0.9);
    }

    [Fact]
    public void An_unused_name_lowers_it_far_more_than_an_unused_verb()
    {
        var verb = Of("Quantas avaliações com nota 5 chegaram em 2018?");
        var name = Of("Quantas avaliações de Curitiba têm nota 5?");

        Assert.True(verb >= 0.85, $"verb {verb}");
        Assert.True(name < 0.5, $"name {name}");
    }

    [Fact]
    public void A_partly_understood_question_is_never_answered_with_high_confidence()
    {
        Assert.True(Of("Quantas avaliações de clientes de Curitiba têm nota 5? Se não souberem vou ao Procon.") < 0.7);
    }

    [Fact]
    public void No_review_mentioning_the_words_makes_the_reading_less_sure()
    {
        var plan = AnalysisPlanParser.Parse("Alguém mencionou \"zeppelin\"?")!;

        var none = AnalysisConfidence.Of(plan, Counted with { Matching = 0 });

        Assert.Equal(AnalysisConfidence.Understood * AnalysisConfidence.NoMention, none, 4);
        Assert.Equal(AnalysisConfidence.Understood, AnalysisConfidence.Of(plan, Counted));
    }

    [Fact]
    public void A_key_the_collection_does_not_have_is_answered_under_0_9()
    {
        var plan = AnalysisPlanParser.Parse("Quantas avaliações negativas por estado?")!;

        var confidence = AnalysisConfidence.Of(plan, AnalysisResult.NoSuchKey("estado"));

        Assert.Equal(AnalysisConfidence.Understood * AnalysisConfidence.MissingKey, confidence, 4);
        Assert.True(confidence < 0.9);
    }

    [Fact]
    public void Keywords_read_as_a_count_are_less_sure_than_a_question()
    {
        Assert.True(Of("negativas 2017") < Of("Quantas avaliações negativas em 2017?"));
    }

    [Fact]
    public void A_figure_that_cannot_honour_a_negation_is_not_trusted()
    {
        Assert.True(Of("Quantas avaliações negativas não mencionam entrega?") < 0.5);
    }
}
