using System.Text.Json;
using Microsoft.Extensions.AI;
using Npgsql;
using RagQa.Core.Analytics;
using RagQa.Core.Analytics.Tools;
using RagQa.Core.Answering;
using RagQa.Core.Chunks;
using RagQa.Core.VectorStore;
using RagQa.Tests.Answering;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Analytics;

/// <summary>
/// The analysis tools alone, called as a model calls them (JSON arguments through the AIFunction) on the 2,000-review
/// sample: each tool's figures equal <see cref="ReviewAnalytics"/>' for the equivalent plan, and the pinned counts of
/// <see cref="ReviewAnalyticsTests"/>; wrong arguments come back as errors.
/// </summary>
[Collection(LocalServersCollection.Name)]
public sealed class AnalysisToolSetTests(LocalServers servers)
{
    private static readonly ReviewCondition Negative = new(new ScoreRange(1, 2));

    private static AnalysisPlan Plan(AnalysisMeasure measure, ReviewCondition? population = null, ReviewCondition? subject = null,
        AnalysisGrouping grouping = AnalysisGrouping.None) =>
        new(measure, population ?? ReviewCondition.All, subject ?? ReviewCondition.All, grouping, AnswerLanguage.Portuguese);

    private async Task<AnalysisToolResult> AssertSameAsAnalyticsAsync(string tool, string arguments, AnalysisPlan plan, VectorFilter? filter = null)
    {
        await using var dataSource = NpgsqlDataSource.Create(await OlistSampleDatabase.GetAsync(servers));
        var analytics = new ReviewAnalytics(dataSource, new ChunkStore(dataSource));
        var tools = new AnalysisToolSet(analytics, OlistSampleDatabase.Collection, null, AnswerLanguage.Portuguese, examples: 0, maxCalls: 4);

        var result = await InvokeAsync(tools, tool, arguments);
        var expected = await analytics.RunAsync(OlistSampleDatabase.Collection, plan, filter, 0, CancellationToken.None);

        Assert.Null(result.Error);
        Assert.Equal(expected.Population, result.Reviews);
        Assert.Equal(plan.Measure is AnalysisMeasure.Count or AnalysisMeasure.Share ? expected.Matching : null, result.Count);
        Assert.Equal(expected.Average is { } average ? Math.Round(average, 2) : null, result.AverageScore);
        Assert.Equal(expected.Rows.Select(r => (r.Count, r.Total, Math.Round(r.Share * 100, 2))),
            (result.Rows ?? []).Select(r => (r.Count, r.Total, r.Percent)));
        return result;
    }

    private static async Task<AnalysisToolResult> InvokeAsync(AnalysisToolSet tools, string tool, string arguments)
    {
        var function = tools.Tools.OfType<AIFunction>().Single(f => f.Name == tool);
        var value = await function.InvokeAsync(new AIFunctionArguments(JsonSerializer.Deserialize<Dictionary<string, object?>>(arguments)!));
        return ((JsonElement)value!).Deserialize<AnalysisToolResult>(AnalysisToolSet.Json)!;
    }

    [Fact]
    public async Task Counting_reviews_with_a_score()
    {
        var result = await AssertSameAsAnalyticsAsync(AnalysisToolSet.CountTool, """{"reviews": {"min_score": 5, "max_score": 5}}""",
            Plan(AnalysisMeasure.Count, subject: new ReviewCondition(new ScoreRange(5, 5))));

        Assert.Equal((2000, 998, 49.9), (result.Reviews, result.Count, result.Percent));
    }

    [Fact]
    public async Task A_share_among_the_reviews_of_a_year()
    {
        var result = await AssertSameAsAnalyticsAsync(AnalysisToolSet.CountTool,
            """{"reviews": {"min_score": 1, "max_score": 2}, "among": {"from": "2017", "to": "2017"}}""",
            Plan(AnalysisMeasure.Share, new ReviewCondition(Period: ReviewPeriod.Year(2017)), Negative));

        Assert.Equal((858, 206), (result.Reviews, result.Count));
        Assert.Contains("2017", result.Understood);
    }

    [Fact]
    public async Task Mentions_and_the_last_months()
    {
        var mentions = await AssertSameAsAnalyticsAsync(AnalysisToolSet.CountTool, """{"reviews": {"mentions": ["atraso"]}}""",
            Plan(AnalysisMeasure.Count, subject: new ReviewCondition(TermStems: ["atras"])));
        var quarter = await AssertSameAsAnalyticsAsync(AnalysisToolSet.CountTool,
            """{"reviews": {"min_score": 1, "max_score": 2}, "among": {"last_months": 3}}""",
            Plan(AnalysisMeasure.Share, new ReviewCondition(Period: new ReviewPeriod(LastMonths: 3)), Negative));

        Assert.Equal(16, mentions.Count);
        Assert.Equal((410, 100), (quarter.Reviews, quarter.Count));
    }

    [Fact]
    public async Task The_average_score()
    {
        var all = await AssertSameAsAnalyticsAsync(AnalysisToolSet.AverageTool, "{}", Plan(AnalysisMeasure.AverageScore));
        var march = await AssertSameAsAnalyticsAsync(AnalysisToolSet.AverageTool, """{"reviews": {"from": "2018-03", "to": "2018-03"}}""",
            Plan(AnalysisMeasure.AverageScore, new ReviewCondition(Period: ReviewPeriod.Month(2018, 3))));

        Assert.Equal((2000, 3.68), (all.Reviews, all.AverageScore));
        Assert.Equal((163, 3.42), (march.Reviews, march.AverageScore));
    }

    [Fact]
    public async Task Breakdowns_by_score_year_and_metadata_key()
    {
        var scores = await AssertSameAsAnalyticsAsync(AnalysisToolSet.BreakdownTool, """{"by": "score"}""",
            Plan(AnalysisMeasure.ScoreDistribution, grouping: AnalysisGrouping.Score));
        var years = await AssertSameAsAnalyticsAsync(AnalysisToolSet.BreakdownTool, """{"by": "year"}""",
            Plan(AnalysisMeasure.Trend, grouping: AnalysisGrouping.Year));
        var negativeByYear = await AssertSameAsAnalyticsAsync(AnalysisToolSet.BreakdownTool, """{"by": "year", "counted": {"min_score": 1, "max_score": 2}}""",
            Plan(AnalysisMeasure.Trend, subject: Negative, grouping: AnalysisGrouping.Year));
        await AssertSameAsAnalyticsAsync(AnalysisToolSet.BreakdownTool, """{"by": "review_score"}""",
            Plan(AnalysisMeasure.Count, grouping: AnalysisGrouping.Metadata) with { GroupingKey = "review_score" });

        Assert.Equal([411, 117, 169, 305, 998], scores.Rows!.Select(r => r.Count));
        Assert.Equal([("2016", 12), ("2017", 858), ("2018", 1130)], years.Rows!.Select(r => (r.Label, r.Count)));
        Assert.Equal((206, 858), (negativeByYear.Rows![1].Count, negativeByYear.Rows[1].Total));
    }

    [Fact]
    public async Task Two_groups_compared()
    {
        var result = await AssertSameAsAnalyticsAsync(AnalysisToolSet.CompareTool,
            """{"first": {"from": "2017", "to": "2017"}, "second": {"from": "2018", "to": "2018"}, "counted": {"min_score": 1, "max_score": 2}}""",
            Plan(AnalysisMeasure.Comparison, subject: Negative) with
            {
                Compared = [new ComparedGroup("2017", new ReviewCondition(Period: ReviewPeriod.Year(2017))), new ComparedGroup("2018", new ReviewCondition(Period: ReviewPeriod.Year(2018)))],
            });

        Assert.Equal(["de 2017", "de 2018"], result.Rows!.Select(r => r.Label));
        Assert.Equal((206, 858), (result.Rows![0].Count, result.Rows[0].Total));
    }

    [Fact]
    public async Task Metadata_conditions_narrow_the_query_filter()
    {
        var result = await AssertSameAsAnalyticsAsync(AnalysisToolSet.CountTool, """{"reviews": {}, "where": {"review_score": "5"}}""",
            Plan(AnalysisMeasure.Count), new VectorFilter([new MetadataCondition("review_score", EqualTo: "5")]));

        Assert.Equal((998, 998), (result.Reviews, result.Count));
    }

    [Fact]
    public async Task Wrong_arguments_are_errors_for_the_model_and_every_call_is_recorded()
    {
        await using var dataSource = NpgsqlDataSource.Create(await OlistSampleDatabase.GetAsync(servers));
        var tools = new AnalysisToolSet(new ReviewAnalytics(dataSource, new ChunkStore(dataSource)), OlistSampleDatabase.Collection, null,
            AnswerLanguage.Portuguese, examples: 0, maxCalls: 4);

        var score = await InvokeAsync(tools, AnalysisToolSet.CountTool, """{"reviews": {"min_score": 7}}""");
        var key = await InvokeAsync(tools, AnalysisToolSet.BreakdownTool, """{"by": "categoria"}""");
        var same = await InvokeAsync(tools, AnalysisToolSet.CompareTool, """{"first": {"min_score": 5}, "second": {"min_score": 5}}""");
        var where = await InvokeAsync(tools, AnalysisToolSet.CountTool, """{"reviews": {}, "where": {"a": "1", "b": "2", "c": "3", "d": "4"}}""");
        var beyond = await InvokeAsync(tools, AnalysisToolSet.AverageTool, "{}");

        Assert.Contains("between 1 and 5", score.Error);
        Assert.Contains("no metadata key 'categoria'", key.Error);
        Assert.Contains("the same reviews", same.Error);
        Assert.Contains("at most 3 keys", where.Error);
        Assert.Contains("No more tool calls", beyond.Error);
        Assert.Equal([AnalysisToolSet.CountTool, AnalysisToolSet.BreakdownTool, AnalysisToolSet.CompareTool, AnalysisToolSet.CountTool, AnalysisToolSet.AverageTool],
            tools.Calls.Select(c => c.Tool));
        Assert.Contains("\"min_score\":7", tools.Calls[0].Arguments);
        Assert.All(tools.Calls, c => Assert.Null(c.Analysis));
    }

    [Fact]
    public async Task Arguments_of_the_wrong_type_reach_the_model_as_an_error_through_function_invocation()
    {
        await using var dataSource = NpgsqlDataSource.Create(await OlistSampleDatabase.GetAsync(servers));
        var tools = new AnalysisToolSet(new ReviewAnalytics(dataSource, new ChunkStore(dataSource)), OlistSampleDatabase.Collection, null,
            AnswerLanguage.Portuguese, examples: 0, maxCalls: 4);
        using var model = new ScriptedToolCallingChatClient([(AnalysisToolSet.CountTool, """{"reviews": {"min_score": "cinco"}}""")], _ => "Não sei.");
        using var client = model.AsBuilder().UseFunctionInvocation().Build();

        var response = await client.GetResponseAsync("Quantas avaliações têm nota cinco?", new ChatOptions { Tools = [.. tools.Tools] });

        Assert.Equal("Não sei.", response.Text);
        Assert.Contains("Error", Assert.Single(model.Results).GetString());
    }

    [Fact]
    public void Each_tool_describes_its_parameters_in_snake_case()
    {
        var tools = new AnalysisToolSet(null!, "c", null, AnswerLanguage.Portuguese, 0, 1).Tools.OfType<AIFunction>().ToList();

        Assert.Equal([AnalysisToolSet.CountTool, AnalysisToolSet.AverageTool, AnalysisToolSet.BreakdownTool, AnalysisToolSet.CompareTool], tools.Select(t => t.Name));
        Assert.All(tools, t => Assert.False(string.IsNullOrWhiteSpace(t.Description)));
        var count = tools[0].JsonSchema.GetRawText();
        Assert.Contains("\"min_score\"", count);
        Assert.Contains("\"last_months\"", count);
        Assert.Contains("Lowest review score", count);
        Assert.Contains("\"among\"", count);
    }
}
