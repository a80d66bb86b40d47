using RagQa.Core.Analytics;

namespace RagQa.Tests.Analytics;

public sealed class ComparedPeriodLabelTests
{
    private static readonly DateOnly Newest = new(2018, 8, 29);

    /// <summary>A compared group counted back from the newest review is labelled with what it counted; fixed periods keep their labels.</summary>
    [Theory]
    [InlineData("Houve mais avaliações positivas no último trimestre ou no primeiro trimestre de 2018?", "2018-06..2018-08", "2018-01..2018-03")]
    [InlineData("¿La nota media del último mes supera a la de julio de 2018?", "2018-08", "2018-07")]
    [InlineData("Compare a nota média deste ano com a do ano passado", "2018", "2017")]
    [InlineData("Compare as avaliações negativas de 2017 e 2018", "2017", "2018")]
    public void A_compared_period_is_labelled_with_the_months_or_year_it_counted(string question, string first, string second)
    {
        var plan = AnalysisPlanParser.Parse(question)!;
        var rows = plan.Compared.Select(g => new AnalysisRow(g.Label, 10, 20, 0.5, null)).ToList();

        var labelled = ReviewAnalytics.WithResolvedPeriods(plan, rows, Newest);

        Assert.Equal([first, second], labelled.Select(r => r.Label));
    }
}
