using RagQa.Core.Analytics;

namespace RagQa.Tests.Analytics;

public sealed class AnalysisAnswerWriterTests
{
    private static AnalysisResult Result(params AnalysisRow[] rows) =>
        new(rows.Sum(r => r.Total), rows.Sum(r => r.Count), null, rows, new DateOnly(2018, 8, 31), []);

    [Fact]
    public void A_table_names_its_highest_and_lowest_row_by_its_own_figure()
    {
        var plan = AnalysisPlanParser.Parse("Qual mês de 2018 teve mais avaliações negativas?")!;
        var answer = AnalysisAnswerWriter.Write(plan, Result(
            new AnalysisRow("2018-01", 38, 132, 0.288, null), new AnalysisRow("2018-02", 28, 120, 0.233, null), new AnalysisRow("2018-03", 53, 163, 0.325, null)));

        Assert.Contains("Maior: 2018-03 (53 de 163", answer.Draft.Text);
        Assert.Contains("menor: 2018-02 (28 de 120", answer.Draft.Text);
    }

    [Fact]
    public void A_comparison_of_averages_says_which_is_higher()
    {
        var plan = AnalysisPlanParser.Parse("Compare a nota média de 2017 e 2018")!;
        var answer = AnalysisAnswerWriter.Write(plan, Result(new AnalysisRow("2017", 858, 858, 1, 3.74359), new AnalysisRow("2018", 1130, 1130, 1, 3.634513)));

        Assert.Contains("Maior: 2017 (3,74", answer.Draft.Text);
    }

    [Fact]
    public void Equal_rows_have_no_highest()
    {
        var plan = AnalysisPlanParser.Parse("Quantas avaliações por ano?")!;
        var answer = AnalysisAnswerWriter.Write(plan, Result(new AnalysisRow("2017", 5, 10, 0.5, null), new AnalysisRow("2018", 5, 10, 0.5, null)));

        Assert.DoesNotContain("Maior:", answer.Draft.Text);
    }

    [Fact]
    public void An_answer_says_what_it_set_aside_and_names_the_whole_by_words()
    {
        var excluded = AnalysisPlanParser.Parse("Sem contar as de 5 estrelas, que porcentagem das avaliações é negativa?")!;
        var whole = AnalysisPlanParser.Parse("A nota média das avaliações que citam \"gosto\" fica acima da média de todas as avaliações?")!;

        var excludedAnswer = AnalysisAnswerWriter.Write(excluded, new AnalysisResult(1002, 528, null, [], new DateOnly(2018, 8, 31), []));
        var wholeAnswer = AnalysisAnswerWriter.Write(whole, Result(new AnalysisRow("gosto", 134, 134, 1, 3.888), new AnalysisRow(AnalysisPlanParser.WholeLabel, 2000, 2000, 1, 3.681)));

        Assert.Contains("exceto as com nota 5", AnalysisAnswerWriter.Understood(excluded));
        Assert.Contains("528", excludedAnswer.Draft.Text);
        Assert.Contains("Maior: gosto", wholeAnswer.Draft.Text);
        Assert.Contains("menor: todas as avaliações", wholeAnswer.Draft.Text);
    }
}
