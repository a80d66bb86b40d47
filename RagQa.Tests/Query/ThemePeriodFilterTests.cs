using RagQa.Core.Analytics;
using RagQa.Core.Query;
using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;

namespace RagQa.Tests.Query;

public sealed class ThemePeriodFilterTests
{
    [Theory]
    [InlineData("Principais reclamações no primeiro semestre de 2018", "2018-01-01", "2018-06-30", null)]
    [InlineData("top complaints in 2017", "2017-01-01", "2017-12-31", null)]
    [InlineData("¿De qué se quejan más los clientes en el último trimestre?", null, null, 3)]
    [InlineData("Quais os principais elogios desde março de 2018?", "2018-03-01", null, null)]
    public void Reads_the_period_as_the_analysis_does(string question, string? from, string? to, int? lastMonths)
    {
        var period = ThemePeriodFilter.Read(question, explicitFilter: null);

        Assert.NotNull(period);
        Assert.Equal(from, period.From?.ToString("yyyy-MM-dd"));
        Assert.Equal(to, period.To?.ToString("yyyy-MM-dd"));
        Assert.Equal(lastMonths, period.LastMonths);
    }

    [Theory]
    [InlineData("Quais são as reclamações mais comuns?")]
    [InlineData("O que os clientes mais elogiam em março?")] // every year's March: no one date range
    [InlineData("Principais reclamações de 2017 e de 2018")]
    public void No_single_date_range_is_no_period(string question) =>
        Assert.Null(ThemePeriodFilter.Read(question, explicitFilter: null));

    [Fact]
    public void A_date_the_caller_filters_on_wins() =>
        Assert.Null(ThemePeriodFilter.Read("top complaints in 2017",
            new QueryFilters(null, null, new DateOnly(2018, 1, 1), null, null).ToVectorFilter()));

    [Fact]
    public void The_last_months_end_with_the_newest_review_and_start_on_a_month_s_first_day()
    {
        var resolved = new ReviewPeriod(LastMonths: 3).ResolvedAt(new DateOnly(2018, 8, 31));

        Assert.Equal(new ReviewPeriod(new DateOnly(2018, 6, 1), new DateOnly(2018, 8, 31)), resolved);
    }

    [Fact]
    public void The_span_before_the_last_months_ends_the_day_before_they_start()
    {
        var resolved = new ReviewPeriod(LastMonths: 3, SkippedMonths: 3).ResolvedAt(new DateOnly(2018, 8, 31));

        Assert.Equal(new ReviewPeriod(new DateOnly(2018, 3, 1), new DateOnly(2018, 5, 31)), resolved);
    }

    [Fact]
    public void The_period_replaces_the_recognised_date_and_keeps_the_other_conditions()
    {
        var recognised = new VectorFilter([new MetadataCondition(QueryFilters.ScoreKey, From: "1", To: "2"), new MetadataCondition(QueryFilters.DateKey, From: "2018-01-01")]);

        var filter = ThemePeriodFilter.With(recognised, new ReviewPeriod(new DateOnly(2018, 1, 1), new DateOnly(2018, 6, 30)));

        Assert.Equal(
            [new MetadataCondition(QueryFilters.ScoreKey, From: "1", To: "2"), new MetadataCondition(QueryFilters.DateKey, From: "2018-01-01", To: "2018-06-30 23:59:59")],
            filter.Conditions);
    }
}
