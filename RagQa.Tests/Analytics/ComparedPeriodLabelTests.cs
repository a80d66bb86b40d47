using RagQa.Core.Analytics;

namespace RagQa.Tests.Analytics;

public sealed class ComparedPeriodLabelTests
{
    [Fact]
    public void A_compared_group_of_the_last_months_is_labelled_with_the_months_it_counted()
    {
        var plan = AnalysisPlanParser.Parse("Houve mais avaliações positivas no último trimestre ou no primeiro trimestre de 2018?")!;
        var rows = plan.Compared.Select(g => new AnalysisRow(g.Label, 10, 20, 0.5, null)).ToList();

        var labelled = ReviewAnalytics.WithResolvedPeriods(plan, rows, new DateOnly(2018, 8, 29));

        Assert.Equal(["2018-06..2018-08", "2018-01..2018-03"], labelled.Select(r => r.Label));
    }

    [Fact]
    public void The_last_month_compared_is_labelled_with_its_month()
    {
        var plan = AnalysisPlanParser.Parse("¿La nota media del último mes supera a la de julio de 2018?")!;
        var rows = plan.Compared.Select(g => new AnalysisRow(g.Label, 10, 20, 0.5, null)).ToList();

        var labelled = ReviewAnalytics.WithResolvedPeriods(plan, rows, new DateOnly(2018, 8, 29));

        Assert.Equal(["2018-08", "2018-07"], labelled.Select(r => r.Label));
    }

    [Fact]
    public void A_compared_year_counted_back_is_labelled_with_the_year_it_counted()
    {
        var plan = AnalysisPlanParser.Parse("Compare a nota média deste ano com a do ano passado")!;
        var rows = plan.Compared.Select(g => new AnalysisRow(g.Label, 10, 20, 0.5, null)).ToList();

        var labelled = ReviewAnalytics.WithResolvedPeriods(plan, rows, new DateOnly(2018, 8, 29));

        Assert.Equal(["2018", "2017"], labelled.Select(r => r.Label));
    }

    [Fact]
    public void Fixed_periods_keep_their_labels()
    {
        var plan = AnalysisPlanParser.Parse("Compare as avaliações negativas de 2017 e 2018")!;
        var rows = plan.Compared.Select(g => new AnalysisRow(g.Label, 10, 20, 0.5, null)).ToList();

        Assert.Equal(rows.Select(r => r.Label), ReviewAnalytics.WithResolvedPeriods(plan, rows, new DateOnly(2018, 8, 29)).Select(r => r.Label));
    }
}
