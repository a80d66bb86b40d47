using Npgsql;
using RagQa.Core.Analytics;
using RagQa.Core.Chunks;
using RagQa.Tests.Answering;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Analytics;

/// <summary>
/// Plans run against the 2,000-review sample. The expected figures were computed once from the CSV with Python's csv
/// module (not with any RagQa code) and are pinned: scores 1–5 = 411/117/169/305/998; 858 reviews in 2017, 206 of
/// them with score 1–2; 16 reviews with a word starting "atras", 9 of them with score 1–2; newest review 2018-08-31,
/// 410 reviews in June–August 2018, 100 of them negative, 468 in March–May 2018, 153 of them negative; 52 with score 2 up to December 2017; March 2018: 163 reviews, mean score 3.4172.
/// </summary>
[Collection(LocalServersCollection.Name)]
public sealed class ReviewAnalyticsTests(LocalServers servers)
{
    private async Task<AnalysisResult> RunAsync(string question, int examples = 0)
    {
        await using var dataSource = NpgsqlDataSource.Create(await OlistSampleDatabase.GetAsync(servers));
        var plan = AnalysisPlanParser.Parse(question) ?? throw new InvalidOperationException("not analytical: " + question);
        return await new ReviewAnalytics(dataSource, new ChunkStore(dataSource)).RunAsync(OlistSampleDatabase.Collection, plan, null, examples, CancellationToken.None);
    }

    [Fact]
    public async Task Counts_reviews_with_a_score()
    {
        var result = await RunAsync("Quantas avaliações têm nota 5?");

        Assert.Equal((2000, 998), (result.Population, result.Matching));
    }

    [Fact]
    public async Task A_share_is_of_the_population_the_other_conditions_define()
    {
        var result = await RunAsync("Qual a proporção de avaliações negativas em 2017?");

        Assert.Equal((858, 206), (result.Population, result.Matching));
    }

    [Fact]
    public async Task The_average_score_is_exact()
    {
        var all = await RunAsync("Qual a nota média das avaliações?");
        var march = await RunAsync("Qual a nota média em março de 2018?");

        Assert.Equal(7362.0 / 2000, all.Average!.Value, 6);
        Assert.Equal((163, 3.4172), (march.Population, Math.Round(march.Average!.Value, 4)));
    }

    [Fact]
    public async Task A_score_distribution_lists_every_score()
    {
        var result = await RunAsync("Como se distribuem as notas?");

        Assert.Equal(["1", "2", "3", "4", "5"], result.Rows.Select(r => r.Label));
        Assert.Equal([411, 117, 169, 305, 998], result.Rows.Select(r => r.Count));
        Assert.All(result.Rows, r => Assert.Equal(2000, r.Total));
        Assert.Equal(0.499, result.Rows[4].Share, 6);
    }

    [Fact]
    public async Task Mentions_are_word_prefixes_of_the_stem_and_cited_by_example()
    {
        var all = await RunAsync("Quantas avaliações mencionam atraso?", examples: 3);
        var negative = await RunAsync("Qual a proporção de avaliações negativas que mencionam atraso?");

        Assert.Equal(16, all.Matching);
        Assert.Equal(3, all.Examples.Count);
        Assert.All(all.Examples, e => Assert.Contains("atras", Core.Text.TextFolding.Fold(e.Text)));
        Assert.Equal((528, 9), (negative.Population, negative.Matching));
    }

    /// <summary>
    /// A word is a run of letters and digits, so "mail" is a word of "e-mail" and of "e_mail" but not of "email": 11 reviews
    /// of the sample (eval/analytics/round34's truth, r34-106), one of them written "e_mail".
    /// </summary>
    [Fact]
    public async Task A_word_starts_after_any_character_that_is_not_a_letter_or_digit()
    {
        var result = await RunAsync("Quantas avaliações mencionam \"mail\"?");

        Assert.Equal(11, result.Matching);
    }

    /// <summary>Figures from eval/analytics/round32's truth (compute_truth.py over the CSV): r32-027, r32-015, r32-050.</summary>
    [Fact]
    public async Task Reviews_set_aside_are_left_out_of_the_population_and_the_figure()
    {
        var withoutFive = await RunAsync("Sem contar as de 5 estrelas, que porcentagem das avaliações é negativa?");
        var withoutDecember = await RunAsync("Tirando dezembro, quantas avaliações negativas houve em 2017?");

        Assert.Equal((1002, 528), (withoutFive.Population, withoutFive.Matching));
        Assert.Equal(158, withoutDecember.Matching);
    }

    [Fact]
    public async Task A_part_is_set_against_every_review()
    {
        var result = await RunAsync("A nota média das avaliações que citam \"gosto\" fica acima da média de todas as avaliações?");

        Assert.Equal(["gosto", AnalysisPlanParser.WholeLabel], result.Rows.Select(r => r.Label));
        Assert.Equal((134, 3.8881), (result.Rows[0].Count, Math.Round(result.Rows[0].AverageScore!.Value, 4)));
        Assert.Equal((2000, 3.681), (result.Rows[1].Count, Math.Round(result.Rows[1].AverageScore!.Value, 4)));
    }

    [Fact]
    public async Task Relative_periods_end_with_the_newest_review()
    {
        var result = await RunAsync("Qual a proporção de avaliações negativas no último trimestre?");

        Assert.Equal(new DateOnly(2018, 8, 31), result.Newest);
        Assert.Equal((410, 100), (result.Population, result.Matching));
    }

    [Fact]
    public async Task The_year_before_is_the_calendar_year_before_the_newest_review_s()
    {
        var lastYear = await RunAsync("Qual a proporção de avaliações negativas no ano passado?");
        var thisYear = await RunAsync("Quantas avaliações este ano?");

        Assert.Equal((858, 206), (lastYear.Population, lastYear.Matching));
        Assert.Equal(1130, thisYear.Matching);
    }

    [Fact]
    public async Task A_part_of_this_year_or_last_year_is_counted_back_from_the_newest_review()
    {
        var firstQuarter = await RunAsync("Qual a proporção de avaliações negativas no primeiro trimestre deste ano?");
        var firstHalf = await RunAsync("How many reviews came in during the first half of last year?");

        Assert.Equal((415, 119), (firstQuarter.Population, firstQuarter.Matching));
        Assert.Equal(261, firstHalf.Matching);
    }

    [Fact]
    public async Task Two_parts_of_this_year_are_compared_by_their_months()
    {
        var result = await RunAsync("Did the share of negative reviews go up from the first quarter to the second quarter of this year?");

        Assert.Equal([("2018-01..2018-03", 119, 415), ("2018-04..2018-06", 135, 438)], result.Rows.Select(r => (r.Label, r.Count, r.Total)));
    }

    [Fact]
    public async Task This_half_year_ends_with_the_newest_review_and_the_one_before_is_whole()
    {
        var result = await RunAsync("Comparando este semestre con el anterior, ¿bajó el porcentaje de reseñas negativas?");

        Assert.Equal([("2018-07..2018-08", 65, 277), ("2018-01..2018-06", 254, 853)], result.Rows.Select(r => (r.Label, r.Count, r.Total)));
    }

    [Fact]
    public async Task The_span_before_the_last_one_ends_where_it_starts()
    {
        var result = await RunAsync("Compare a proporção de avaliações negativas do último trimestre com a do trimestre anterior");

        Assert.Equal([("2018-06..2018-08", 100, 410), ("2018-03..2018-05", 153, 468)], result.Rows.Select(r => (r.Label, r.Count, r.Total)));
    }

    [Fact]
    public async Task Until_a_month_counts_from_the_first_review_to_its_end()
    {
        var result = await RunAsync("Quantas avaliações de 2 estrelas até dezembro de 2017?");

        Assert.Equal(52, result.Matching);
    }

    [Fact]
    public async Task A_trend_has_a_row_per_year()
    {
        var result = await RunAsync("Quantas avaliações por ano?");

        Assert.Equal([("2016", 12), ("2017", 858), ("2018", 1130)], result.Rows.Select(r => (r.Label, r.Count)));
    }

    [Fact]
    public async Task Two_years_compared_side_by_side()
    {
        var result = await RunAsync("Compare a proporção de avaliações negativas em 2017 e 2018");

        Assert.Equal(["2017", "2018"], result.Rows.Select(r => r.Label));
        Assert.Equal((206, 858), (result.Rows[0].Count, result.Rows[0].Total));
    }

    [Fact]
    public async Task Two_scores_compared_by_share_are_each_a_share_of_all_reviews()
    {
        var result = await RunAsync("Compare a proporção de avaliações de 1 estrela e de 5 estrelas");

        Assert.Equal([("1", 411, 2000), ("5", 998, 2000)], result.Rows.Select(r => (r.Label, r.Count, r.Total)));
    }

    [Fact]
    public async Task A_key_the_collection_does_not_have_is_named()
    {
        var result = await RunAsync("Quantas avaliações por categoria?");

        Assert.Equal("categoria", result.MissingKey);
    }
}
