using RagQa.Core.Analytics.Tools;

namespace RagQa.Tests.Analytics;

/// <summary>The rule a chat model's analytical answer must pass: every number it writes came from a tool result or the question.</summary>
public sealed class NumberBackingTests
{
    private static readonly AnalysisToolResult Negatives = new()
    {
        Understood = "contagem de avaliações com nota 1 ou 2 (negativas)",
        Definition = "nota de 1 a 5 estrelas dada pelo cliente; cada avaliação contada uma vez, de 2.000 no grupo",
        Reviews = 2000,
        Count = 528,
        Percent = 26.4,
        AverageScore = 1.22,
    };

    private static readonly AnalysisToolResult ByYear = new()
    {
        Reviews = 2000,
        Rows = [new AnalysisToolRow("2017", 206, 858, 24.01, 1.24), new AnalysisToolRow("2018", 310, 1130, 27.43, null)],
    };

    private static IReadOnlyList<string> Unbacked(string answer, string question = "Qual a proporção de avaliações negativas?") =>
        NumberBacking.Unbacked(answer, question, [Negatives, ByYear]);

    [Theory]
    [InlineData("26,4% das avaliações são negativas: 528 de 2.000.")]
    [InlineData("26.4% of the reviews are negative: 528 of 2,000.")]
    [InlineData("El 26,4 % de las reseñas son negativas: 528 de 2000.")]
    [InlineData("Cerca de 26% das avaliações são negativas.")]
    [InlineData("26,40% das avaliações são negativas.")]
    [InlineData("Negativa = nota 1 ou 2, de 2.000 avaliações.")]
    [InlineData("A nota média delas é 1,22.")]
    [InlineData("A nota média delas é 1,2.")]
    [InlineData("Em 2017 foram 206 de 858 (24,0%); em 2018, 310 de 1.130 (27,4%).")]
    [InlineData("Nenhum número aqui.")]
    public void Numbers_from_the_tool_results_rounded_as_shown_pass(string answer)
    {
        Assert.Empty(Unbacked(answer));
    }

    [Theory]
    [InlineData("26,4% das avaliações são negativas, 3,4 pontos a mais que em 2017.", "3,4")]
    [InlineData("529 avaliações são negativas.", "529")]
    [InlineData("26,5% das avaliações são negativas.", "26,5%")]
    [InlineData("25% das avaliações são negativas.", "25%")]
    [InlineData("Em 2016 houve poucas negativas.", "2016")]
    [InlineData("A nota média delas é 1,3.", "1,3")]
    [InlineData("528% das avaliações.", "528%")]
    [InlineData("Foram 1.500 avaliações negativas.", "1.500")]
    public void A_number_no_tool_returned_is_unbacked(string answer, string unbacked)
    {
        Assert.Equal([unbacked], Unbacked(answer));
    }

    [Fact]
    public void Years_months_and_scores_the_question_wrote_are_allowed()
    {
        const string question = "Quantas avaliações de nota 4 houve em março de 2019?";

        Assert.Empty(Unbacked("Em março de 2019 houve 528 avaliações com nota 4.", question));
        Assert.Equal(["2020"], Unbacked("Em março de 2020 houve 528 avaliações com nota 4.", question));
    }

    [Fact]
    public void A_failed_call_backs_nothing_not_even_the_numbers_of_its_error()
    {
        var failed = AnalysisToolResult.Failed("min_score and max_score must be between 1 and 5.");

        Assert.Equal(["5"], NumberBacking.Unbacked("Foram 5 avaliações.", "Quantas?", [failed]));
    }

    [Theory]
    [InlineData(26.42, 26.4, 1, true)]
    [InlineData(26.45, 26.5, 1, true)]
    [InlineData(26.46, 26.4, 1, false)]
    [InlineData(3.681, 4, 0, true)]
    [InlineData(528, 528, 0, true)]
    [InlineData(528, 527, 0, false)]
    public void Backing_allows_the_rounding_of_the_shown_decimals(double backed, double written, int decimals, bool backs)
    {
        Assert.Equal(backs, NumberBacking.Backs(backed, written, decimals));
    }
}
