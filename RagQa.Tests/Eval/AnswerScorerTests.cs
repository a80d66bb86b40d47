using System.Text.Json;
using RagQa.Benchmarks.Eval;

namespace RagQa.Tests.Eval;

public sealed class AnswerScorerTests
{
    private static QueryReply Analytical(string measure, double? value = null, long? matching = null, long? population = null, params QueryReplyRow[] table) =>
        new() { Kind = "analytical", Analysis = new QueryReplyAnalysis(measure, population, matching, value, table) };

    private static ExpectedAnswer Expected(string measure, double? value = null, long? matching = null, long? population = null, params ExpectedRow[] table) =>
        new("analytical", measure, value, matching, population, table.Length == 0 ? null : table);

    [Fact]
    public void A_count_is_right_only_when_exact()
    {
        var expected = Expected("count", value: 528, matching: 528);

        Assert.True(AnswerScorer.Score(expected, Analytical("count", 528, 528, population: 2000)).Right);
        Assert.Equal("value 527, expected 528", AnswerScorer.Score(expected, Analytical("count", 527, 527)).Reason);
    }

    [Fact]
    public void A_figure_the_truth_leaves_null_is_not_checked()
    {
        // The population of a count is not part of the truth: any population the system states is accepted.
        var expected = Expected("count", value: 206, matching: 206);

        Assert.True(AnswerScorer.Score(expected, Analytical("count", 206, 206, population: 858)).Right);
        Assert.True(AnswerScorer.Score(expected, Analytical("count", 206, 206, population: null)).Right);
    }

    [Theory]
    [InlineData(0.240093, true)]
    [InlineData(0.24, true)]        // 24.0 %: rounded for display, off by 0.000093
    [InlineData(0.2405, true)]      // off by 0.000407
    [InlineData(0.241, false)]      // off by 0.000907
    public void A_share_counts_within_half_a_tenth_of_a_percent(double stated, bool right)
    {
        var expected = Expected("share", value: 0.240093, matching: 206, population: 858);

        Assert.Equal(right, AnswerScorer.Score(expected, Analytical("share", stated, 206, 858)).Right);
    }

    [Fact]
    public void A_share_with_the_wrong_population_is_wrong_even_when_the_fraction_matches()
    {
        var expected = Expected("share", value: 0.264, matching: 528, population: 2000);

        Assert.Equal("population 1000, expected 2000", AnswerScorer.Score(expected, Analytical("share", 0.264, 528, 1000)).Reason);
    }

    [Theory]
    [InlineData(3.681, true)]
    [InlineData(3.68, true)]
    [InlineData(3.686, true)]       // exactly on the tolerance
    [InlineData(3.687, false)]
    public void An_average_counts_within_half_a_hundredth(double stated, bool right) =>
        Assert.Equal(right, AnswerScorer.Score(Expected("average_score", value: 3.681, population: 2000), Analytical("average_score", stated, population: 2000)).Right);

    [Fact]
    public void Every_expected_row_must_be_found_by_label_with_its_count_extra_rows_and_order_do_not_matter()
    {
        var expected = Expected("comparison", table: [new ExpectedRow("1-2", 528, null, null), new ExpectedRow("4-5", 1303, null, null)]);
        QueryReplyRow[] rows = [new("4-5", 1303, 0.6515, null), new("3", 169, 0.0845, null), new(" 1–2 ", 528, 0.264, null)];

        Assert.True(AnswerScorer.Score(expected, Analytical("comparison", table: rows)).Right);
        Assert.Equal("no row 4-5", AnswerScorer.Score(expected, Analytical("comparison", table: [rows[2]])).Reason);
        Assert.Equal("row 1-2 count 527, expected 528",
            AnswerScorer.Score(expected, Analytical("comparison", table: [rows[0], new("1-2", 527, null, null)])).Reason);
    }

    [Fact]
    public void A_range_of_months_matches_however_its_ellipsis_is_written()
    {
        var expected = Expected("comparison", table: [new ExpectedRow("2017-07 … 2017-12", 597, null, null)]);

        Assert.True(AnswerScorer.Score(expected, Analytical("comparison", table: [new("2017-07..2017-12", 597, null, null)])).Right);
        Assert.False(AnswerScorer.Score(expected, Analytical("comparison", table: [new("2017-07..2017-11", 597, null, null)])).Right);
    }

    [Fact]
    public void A_period_counted_back_matches_by_its_name_or_by_the_months_it_covers()
    {
        var expected = Expected("comparison", table: [new ExpectedRow("last_quarter", 100, null, null, Also: "2018-06..2018-08")]);

        Assert.True(AnswerScorer.Score(expected, Analytical("comparison", table: [new("last_quarter", 100, null, null)])).Right);
        Assert.True(AnswerScorer.Score(expected, Analytical("comparison", table: [new("2018-06..2018-08", 100, null, null)])).Right);
        Assert.False(AnswerScorer.Score(expected, Analytical("comparison", table: [new("2018-05..2018-07", 100, null, null)])).Right);
    }

    [Fact]
    public void A_row_share_or_average_is_checked_when_the_truth_has_one()
    {
        var shares = Expected("share", table: [new ExpectedRow("2017", 206, 0.240093, null)]);
        var averages = Expected("average_score", table: [new ExpectedRow("2018", 1130, null, 3.634513)]);

        Assert.True(AnswerScorer.Score(shares, Analytical("share", table: [new("2017", 206, 0.2401, null)])).Right);
        Assert.Equal("row 2017 share 0.25, expected 0.240093", AnswerScorer.Score(shares, Analytical("share", table: [new("2017", 206, 0.25, null)])).Reason);
        Assert.True(AnswerScorer.Score(averages, Analytical("average_score", table: [new("2018", 1130, null, 3.63)])).Right);
        Assert.False(AnswerScorer.Score(averages, Analytical("average_score", table: [new("2018", 1130, null, null)])).Right);
    }

    [Fact]
    public void The_kind_and_the_measure_come_first()
    {
        var expected = Expected("count", value: 16, matching: 16);

        Assert.Equal("kind specific, expected analytical", AnswerScorer.Score(expected, new QueryReply { Kind = "specific" }).Reason);
        Assert.Equal("no kind (HTTP 400, status none)", AnswerScorer.Score(expected, new QueryReply { HttpStatus = 400 }).Reason);
        Assert.Equal("no analysis", AnswerScorer.Score(expected, new QueryReply { Kind = "analytical" }).Reason);
        Assert.Equal("measure share, expected count", AnswerScorer.Score(expected, Analytical("share", 16, 16, 2000)).Reason);
    }

    [Fact]
    public void Top_themes_need_the_measure_and_any_row()
    {
        var expected = new ExpectedAnswer("analytical", "top_themes", TableNotEmpty: true);

        Assert.True(AnswerScorer.Score(expected, Analytical("top_themes", table: [new("atraso na entrega", 57, null, null)])).Right);
        Assert.Equal("empty table", AnswerScorer.Score(expected, Analytical("top_themes")).Reason);
    }

    [Fact]
    public void A_specific_answer_is_right_when_any_citation_is_an_expected_review()
    {
        var expected = new ExpectedAnswer("specific", SourceIds: ["r1", "r2"]);

        Assert.True(AnswerScorer.Score(expected, new QueryReply { Kind = "specific", Citations = [new("x", 0.2), new("r2", 0.2)] }).Right);
        Assert.Equal("no citation of r1 or r2", AnswerScorer.Score(expected, new QueryReply { Kind = "specific", Citations = [new("x", 0.2)] }).Reason);
    }

    [Fact]
    public void Out_of_scope_is_right_when_said_without_escalating()
    {
        var expected = new ExpectedAnswer("out_of_scope");

        Assert.True(AnswerScorer.Score(expected, new QueryReply { Kind = "out_of_scope" }).Right);
        Assert.Equal("out of scope but escalated", AnswerScorer.Score(expected, new QueryReply { Kind = "out_of_scope", Escalated = true }).Reason);
        Assert.False(AnswerScorer.Score(expected, new QueryReply { Kind = "analytical" }).Right);
    }

    [Fact]
    public void A_table_by_year_is_right_whether_named_a_trend_or_by_its_figure_but_its_rows_still_count()
    {
        var expected = new ExpectedAnswer("analytical", Measure: "trend", Table: [new ExpectedRow("2017", 206, null, null), new ExpectedRow("2018", 319, null, null)]);
        QueryReply Reply(string measure, long count2018) => new()
        {
            Kind = "analytical",
            Analysis = new QueryReplyAnalysis(measure, 2000, null, null, [new QueryReplyRow("2017", 206, null, null), new QueryReplyRow("2018", count2018, null, null)]),
        };

        Assert.True(AnswerScorer.Score(expected, Reply("count", 319)).Right);
        Assert.Equal("row 2018 count 318, expected 319", AnswerScorer.Score(expected, Reply("count", 318)).Reason);
        Assert.Equal("measure score_distribution, expected trend", AnswerScorer.Score(expected, Reply("score_distribution", 319)).Reason);
    }

    [Theory]
    [InlineData("2018-01..2018-03", true)]
    [InlineData("2018-01 … 2018-03", true)]
    [InlineData("2018-04..2018-06", false)]
    public void A_quarter_label_is_the_range_of_its_months(string answered, bool right)
    {
        var expected = new ExpectedAnswer("analytical", Measure: "comparison", Table: [new ExpectedRow("2018-Q1", 120, null, null)]);
        var reply = new QueryReply
        {
            Kind = "analytical",
            Analysis = new QueryReplyAnalysis("comparison", 2000, null, null, [new QueryReplyRow(answered, 120, null, null)]),
        };

        Assert.Equal(right, AnswerScorer.Score(expected, reply).Right);
    }

    [Fact]
    public void A_count_per_score_is_right_as_the_score_distribution_but_its_rows_still_count()
    {
        var expected = new ExpectedAnswer("analytical", Measure: "count", Table: [new ExpectedRow("1", 40, null, null), new ExpectedRow("5", 3, null, null)]);
        QueryReply Reply(string measure, long count5) => new()
        {
            Kind = "analytical",
            Analysis = new QueryReplyAnalysis(measure, 60, null, null,
                [new QueryReplyRow("1", 40, 0.6667, null), new QueryReplyRow("2", 17, 0.2833, null), new QueryReplyRow("5", count5, 0.05, null)]),
        };

        Assert.True(AnswerScorer.Score(expected, Reply("score_distribution", 3)).Right);
        Assert.Equal("row 5 count 4, expected 3", AnswerScorer.Score(expected, Reply("score_distribution", 4)).Reason);
        Assert.Equal("measure trend, expected count", AnswerScorer.Score(expected, Reply("trend", 3)).Reason);
    }

    [Fact]
    public void Out_of_scope_is_right_when_refused_as_prompt_injection_but_not_for_other_refusals()
    {
        Assert.True(AnswerScorer.Score(new ExpectedAnswer("out_of_scope"), new QueryReply { HttpStatus = 400, ProblemCode = "prompt_injection" }).Right);
        Assert.False(AnswerScorer.Score(new ExpectedAnswer("out_of_scope"), new QueryReply { HttpStatus = 400, ProblemCode = "validation_failed" }).Right);
        Assert.False(AnswerScorer.Score(new ExpectedAnswer("analytical", Measure: "count"), new QueryReply { HttpStatus = 400, ProblemCode = "prompt_injection" }).Right);
    }

    [Fact]
    public void A_reply_in_the_contracts_json_is_read_and_scored()
    {
        const string body = """
            { "query_id": "7d1c", "status": "answered", "answer": "26,4 % das avaliações são negativas.",
              "citations": [{"index": 1, "chunk_id": "c", "document_id": "d", "source_id": "abc", "quote": "q", "score": 0.4}],
              "confidence": 0.93, "escalated": false, "cache_hit": false, "latency_ms": 12, "kind": "analytical",
              "analysis": { "measure": "share", "definition": "negativa = nota 1 ou 2", "understood": "…", "unused_terms": [],
                "population": 2000, "matching": 528, "value": 0.264,
                "table": [{"label": "1", "count": 411, "total": 2000, "share": 0.2055, "average_score": null}] } }
            """;
        var reply = JsonSerializer.Deserialize<QueryReply>(body, AnalyticsSet.Json)!;

        Assert.Equal((0.93, 12.0, "abc"), (reply.Confidence!.Value, reply.LatencyMs!.Value, reply.Citations[0].SourceId!));
        Assert.Equal(new QueryReplyRow("1", 411, 0.2055, null), reply.Analysis!.Table![0]);
        Assert.True(AnswerScorer.Score(Expected("share", value: 0.264, matching: 528, population: 2000), reply).Right);
    }
}
