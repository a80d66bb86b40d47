using RagQa.Core.Analytics;

namespace RagQa.Tests.Analytics;

public sealed class LatestMonthsTests
{
    [Theory]
    [InlineData(6, "2018-06-01", "2018-06-30")]
    [InlineData(8, "2018-08-01", "2018-08-31")]
    [InlineData(12, "2017-12-01", "2017-12-31")]
    [InlineData(9, "2017-09-01", "2017-09-30")]
    public void A_month_without_a_year_is_its_latest_occurrence_up_to_the_newest_review(int month, string from, string to)
    {
        var period = LatestMonths.Of(month, new DateOnly(2018, 8, 29));

        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
    }

    [Fact]
    public void Compared_months_are_resolved_and_labelled_by_the_month_counted()
    {
        var plan = AnalysisPlanParser.Parse("Em que mês houve mais avaliações de 1 estrela, junho ou julho?")!;
        Assert.True(LatestMonths.AnyIn(plan));

        var resolved = LatestMonths.Resolve(plan, new DateOnly(2018, 8, 29));

        Assert.False(LatestMonths.AnyIn(resolved));
        Assert.Equal(["2018-06", "2018-07"], resolved.Compared.Select(g => g.Label));
        Assert.Equal(ReviewPeriod.Month(2018, 7), resolved.Compared[1].Condition.Period);
        Assert.Equal(plan.Doubts, resolved.Doubts);
    }
}
