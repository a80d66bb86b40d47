using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;
using RagQa.Core.Messaging;
using RagQa.Core.Query;
using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;
using RagQa.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RagQa.Tests.Answering;

/// <summary>
/// Aggregate answers over the real 2,000-review Olist sample on a real Postgres: the figures must equal
/// independent SQL counts, every quote must be a substring of its chunk, and the whole query pipeline must
/// store what it answered.
/// </summary>
[Collection(LocalServersCollection.Name)]
public sealed partial class AggregateAnswerTests(LocalServers servers, ITestOutputHelper output)
{
    private const string SeedQuestion = "Quais são as reclamações mais comuns?";

    // Reviews of data/olist/olist_order_reviews_sample.csv, counted once with Python's csv module.
    private const int NegativeReviews = 528; // score 1 or 2
    private const int PositiveReviews = 1301; // score 4 or 5

    /// <summary>
    /// The five most frequent complaint themes among the negative reviews and their review counts, as measured when
    /// the lexicon was tuned by reading its matches (docs/answering.md, lexicon table). A theme is defined by its
    /// query, so these are pinned rather than recomputed: changing the lexicon must change them on purpose.
    /// </summary>
    private static readonly (string Theme, int Reviews)[] TopComplaints =
        [("not_received", 160), ("cancellation_or_refund", 80), ("missing_items", 72), ("seller_unresponsive", 72), ("wrong_product", 66)];

    [Fact]
    public async Task Theme_counts_equal_independent_sql_counts_over_the_whole_collection()
    {
        await using var dataSource = NpgsqlDataSource.Create(await OlistSampleDatabase.GetAsync(servers));
        var statistics = new ReviewStatistics(dataSource);

        var breakdown = await statistics.BreakdownAsync(OlistSampleDatabase.Collection, ThemePolarity.Complaint, new ScoreRange(null, 2), null,
            maxThemes: 5, examplesPerTheme: 2, mentions: [], anyMention: false, exclusion: null, CancellationToken.None);

        Assert.Equal(await CountAsync(dataSource, "(metadata ->> 'review_score')::int <= 2"), breakdown.ScopeReviews);
        Assert.Equal(NegativeReviews, breakdown.ScopeReviews);
        Assert.Equal(TopComplaints, breakdown.Themes.Select(t => (t.Theme.Key, t.Reviews)));
        Assert.Equal(5, breakdown.Themes.Count);
        foreach (var theme in breakdown.Themes)
        {
            Assert.Equal(await ThemeCountAsync(dataSource, theme.Theme, "(metadata ->> 'review_score')::int <= 2"), theme.Reviews);
            Assert.Equal(2, theme.Examples.Count);
            Assert.All(theme.Examples, e => Assert.Contains(e.Chunk.Metadata["review_score"], new[] { "1", "2" }));
        }
        Assert.True(breakdown.Themes.Zip(breakdown.Themes.Skip(1)).All(p => p.First.Reviews >= p.Second.Reviews), "themes are most frequent first");
        var quoted = breakdown.Themes.SelectMany(t => t.Examples).Select(e => e.Chunk.SourceId).ToList();
        Assert.Equal(quoted.Count, quoted.Distinct().Count());
        await PrintLexiconTableAsync(dataSource);
    }


    [Fact]
    public async Task The_seed_question_is_answered_with_real_counts_and_quotes()
    {
        var connectionString = await OlistSampleDatabase.GetAsync(servers);
        await using var pipeline = new QueryWorkerHarness(connectionString, servers.RedisConnectionString);

        var queryId = await pipeline.AskAsync(SeedQuestion);

        var view = (await pipeline.Queries.GetAsync(queryId, CancellationToken.None))!;
        output.WriteLine(view.Answer);
        Assert.Equal(QueryStatus.Answered, view.Status);
        Assert.Equal(ExtractiveAnswerer.Mode, view.Mode);
        var negatives = await CountAsync(pipeline.DataSource, "(metadata ->> 'review_score')::int <= 2");
        Assert.Equal(NegativeReviews, negatives);
        Assert.StartsWith("Modo extrativo (sem modelo de linguagem)", view.Answer);
        Assert.Contains($"Entre as {negatives} avaliações negativas (nota 1 a 2), os temas de reclamação mais frequentes são:", view.Answer);

        var themeLines = ThemeLine().Matches(view.Answer!).ToList();
        Assert.True(themeLines.Count >= 3, "at least three themes with counts");
        Assert.Equal(TopComplaints, themeLines.Select(line => (
            ReviewThemes.All.Single(t => t.Portuguese == line.Groups["theme"].Value).Key,
            int.Parse(line.Groups["count"].Value, CultureInfo.InvariantCulture))));
        foreach (var line in themeLines)
        {
            var theme = ReviewThemes.All.Single(t => t.Portuguese == line.Groups["theme"].Value);
            Assert.Equal(await ThemeCountAsync(pipeline.DataSource, theme, "(metadata ->> 'review_score')::int <= 2"),
                int.Parse(line.Groups["count"].Value, CultureInfo.InvariantCulture));
        }
        await AssertCitationsQuoteTheirChunksAsync(pipeline.DataSource, view);
        Assert.True(view.Citations.Count >= 3);
        // Strong evidence, but a theme list is only as likely right as the reading that asked for one (Answers:ThemeListReading).
        Assert.InRange(view.Confidence!.Value, 0.7, new AnswerOptions().ThemeListReading);
        Assert.Equal([new QueryAnswered(queryId)], pipeline.Replies.Replies);
        Assert.Equal(("common_complaints", "pt", 1.0), await StoredAnswerAsync(pipeline.DataSource, queryId));
    }

    [Fact]
    public async Task A_repeated_or_near_identical_question_is_answered_from_the_cache_until_a_cited_document_goes()
    {
        await using var pipeline = new QueryWorkerHarness(await OlistSampleDatabase.GetAsync(servers), servers.RedisConnectionString, cacheEnabled: true);
        const string question = "O que os clientes elogiam nas avaliações?";

        var first = (await pipeline.Queries.GetAsync(await pipeline.AskAsync(question), CancellationToken.None))!;
        var repeated = (await pipeline.Queries.GetAsync(await pipeline.AskAsync(question), CancellationToken.None))!;
        var reworded = (await pipeline.Queries.GetAsync(await pipeline.AskAsync("o que os clientes elogiam nas avaliacoes"), CancellationToken.None))!;
        await pipeline.Cache.InvalidateDocumentAsync(first.Citations[0].DocumentId, CancellationToken.None);
        var afterDelete = (await pipeline.Queries.GetAsync(await pipeline.AskAsync(question), CancellationToken.None))!;

        Assert.False(first.CacheHit);
        Assert.True(repeated.CacheHit);
        Assert.Equal(first.Answer, repeated.Answer);
        Assert.Equal(first.Citations, repeated.Citations);
        Assert.True(reworded.CacheHit);
        Assert.False(afterDelete.CacheHit);
    }

    [Fact]
    public async Task An_aggregate_answer_is_looked_up_by_what_is_counted_before_counting()
    {
        var connectionString = await OlistSampleDatabase.GetAsync(servers);
        await using var counting = new QueryWorkerHarness(connectionString, servers.RedisConnectionString, cacheEnabled: true);
        // A second worker whose counts would fail (no such database): only the cache can answer it.
        var broken = new NpgsqlConnectionStringBuilder(connectionString) { Database = "no_such_database" }.ConnectionString;
        await using var cachedOnly = new QueryWorkerHarness(connectionString, servers.RedisConnectionString, statisticsConnectionString: broken, cacheEnabled: true);

        var first = (await counting.Queries.GetAsync(await counting.AskAsync("Quais os problemas mais frequentes nas compras?"), CancellationToken.None))!;
        // Worded differently (cosine well below Cache:MinSimilarity) but the same count: complaints, in Portuguese, no filter.
        var reworded = (await cachedOnly.Queries.GetAsync(await cachedOnly.AskAsync("Do que os clientes mais reclamam?"), CancellationToken.None))!;

        Assert.Equal(QueryStatus.Answered, reworded.Status);
        Assert.True(reworded.CacheHit);
        Assert.Equal(first.Answer, reworded.Answer);
        Assert.Equal(first.Citations, reworded.Citations);
        Assert.Equal(first.Confidence, reworded.Confidence);
        await using (var intent = cachedOnly.DataSource.CreateCommand("SELECT intent FROM answers WHERE query_id = $1"))
        {
            intent.Parameters.Add(new NpgsqlParameter { Value = reworded.QueryId });
            Assert.Equal("common_complaints", await intent.ExecuteScalarAsync());
        }

        // A filter is part of what is counted: the 1-star complaints are not the cached answer.
        var filtered = Guid.CreateVersion7();
        await cachedOnly.Queries.CreateAsync(new NewQuery(filtered, "Do que os clientes mais reclamam?", OlistSampleDatabase.Collection, 5,
            new VectorFilter([new MetadataCondition(QueryFilters.ScoreKey, EqualTo: "1")]), null), CancellationToken.None);
        await Assert.ThrowsAsync<PostgresException>(() => cachedOnly.Handler.HandleAsync(new ProcessQuery(filtered),
            new MessageContext("m-filtered", null, "reply", Attempt: 1), CancellationToken.None));
    }

    [Fact]
    public async Task A_share_question_states_the_real_percentage()
    {
        await using var pipeline = new QueryWorkerHarness(await OlistSampleDatabase.GetAsync(servers), servers.RedisConnectionString);

        var queryId = await pipeline.AskAsync("Qual a proporção de avaliações negativas em 2017?");

        var view = (await pipeline.Queries.GetAsync(queryId, CancellationToken.None))!;
        output.WriteLine(view.Answer);
        // 206 of the 858 reviews of 2017 have score 1 or 2 (counted from the CSV with Python, see ReviewAnalyticsTests).
        Assert.Contains("24,0% das avaliações de 2017 são avaliações com nota 1 ou 2 (negativas): 206 de 858.", view.Answer);
        Assert.Equal(AnswerKinds.Analytical, view.Kind);
        Assert.Equal(("share", 858, 206), (view.Analysis!.Measure, view.Analysis.Population, view.Analysis.Matching));
        Assert.Equal(206.0 / 858, view.Analysis.Value!.Value, 6);
        Assert.True(view.Confidence >= 0.9);
        Assert.False(view.Escalated);
        await AssertCitationsQuoteTheirChunksAsync(pipeline.DataSource, view);
    }

    [Fact]
    public async Task Praise_in_english_is_counted_among_positive_reviews_and_answered_in_english()
    {
        await using var pipeline = new QueryWorkerHarness(await OlistSampleDatabase.GetAsync(servers), servers.RedisConnectionString);

        var queryId = await pipeline.AskAsync("What do customers praise the most?");

        var view = (await pipeline.Queries.GetAsync(queryId, CancellationToken.None))!;
        output.WriteLine(view.Answer);
        var positives = await CountAsync(pipeline.DataSource, "(metadata ->> 'review_score')::int >= 4");
        Assert.Equal(PositiveReviews, positives);
        Assert.StartsWith("Extractive mode (no language model)", view.Answer);
        Assert.Contains($"Among the {positives} positive reviews (score 4 to 5), the most frequent praise themes are:", view.Answer);
        await AssertCitationsQuoteTheirChunksAsync(pipeline.DataSource, view);
        Assert.Equal(("common_praise", "en", 1.0), await StoredAnswerAsync(pipeline.DataSource, queryId));
    }

    [Fact]
    public async Task Filters_on_scores_replace_the_default_complaint_scope()
    {
        await using var pipeline = new QueryWorkerHarness(await OlistSampleDatabase.GetAsync(servers), servers.RedisConnectionString);

        var queryId = await pipeline.AskAsync(SeedQuestion,
            filter: new QueryFilters(1, 1, null, null, null).ToVectorFilter());

        var view = (await pipeline.Queries.GetAsync(queryId, CancellationToken.None))!;
        var ones = await CountAsync(pipeline.DataSource, "(metadata ->> 'review_score')::int = 1");
        Assert.Contains($"Entre as {ones} avaliações dentro dos filtros da pergunta", view.Answer);
    }

    [Fact]
    public async Task A_list_of_themes_counts_the_period_the_question_states_as_the_analysis_does()
    {
        await using var pipeline = new QueryWorkerHarness(await OlistSampleDatabase.GetAsync(servers), servers.RedisConnectionString);

        var queryId = await pipeline.AskAsync("Quais as principais reclamações no último trimestre?");

        // The last three calendar months up to the newest review, as "quantas reclamações no último trimestre" counts them.
        var view = (await pipeline.Queries.GetAsync(queryId, CancellationToken.None))!;
        var negativesInLastQuarter = await CountAsync(pipeline.DataSource,
            "(metadata ->> 'review_score')::int <= 2 AND left(metadata ->> 'review_creation_date', 10)::date >= " +
            "(SELECT date_trunc('month', max(left(metadata ->> 'review_creation_date', 10)::date)) - interval '2 months' " +
            "FROM chunks WHERE collection = 'olist_reviews')");
        Assert.InRange(negativesInLastQuarter, 1, NegativeReviews - 1);
        Assert.Contains($"Entre as {negativesInLastQuarter} avaliações", view.Answer);
    }

    [Fact]
    public async Task A_specific_question_quotes_the_retrieved_reviews()
    {
        await using var pipeline = new QueryWorkerHarness(await OlistSampleDatabase.GetAsync(servers), servers.RedisConnectionString);

        var queryId = await pipeline.AskAsync("O produto chegou quebrado?");

        var view = (await pipeline.Queries.GetAsync(queryId, CancellationToken.None))!;
        output.WriteLine(view.Answer);
        Assert.StartsWith("Modo extrativo (sem modelo de linguagem): os 5 trechos mais relevantes dizem:", view.Answer);
        Assert.Equal(5, view.Citations.Count);
        await AssertCitationsQuoteTheirChunksAsync(pipeline.DataSource, view);
        Assert.Contains(view.Citations, c => c.Quote.Contains("quebr", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("specific", (await StoredAnswerAsync(pipeline.DataSource, queryId)).Intent);
    }

    [Fact]
    public async Task A_model_answer_is_validated_and_stored_with_its_model_and_token_usage()
    {
        var connectionString = await OlistSampleDatabase.GetAsync(servers);
        var (notReceived, negatives) = (TopComplaints[0].Reviews, NegativeReviews);
        await using var stub = await OpenAIChatStub.StartAsync(OpenAIChatStub.Answer(
            $"A reclamação mais comum é o produto não recebido, em {notReceived} das {negatives} avaliações negativas [1]. " +
            "A loja foi fundada em 1999 por astronautas [2]."));
        using var host = ChatHost(stub);
        await using var pipeline = new QueryWorkerHarness(connectionString, servers.RedisConnectionString, host.Services.GetRequiredService<ChatAnswerGenerator>());

        var queryId = await pipeline.AskAsync(SeedQuestion);

        var view = (await pipeline.Queries.GetAsync(queryId, CancellationToken.None))!;
        Assert.Equal($"A reclamação mais comum é o produto não recebido, em {notReceived} das {negatives} avaliações negativas [1].", view.Answer);
        Assert.Equal(ChatAnswerGenerator.Mode, view.Mode);
        Assert.Single(view.Citations);
        await AssertCitationsQuoteTheirChunksAsync(pipeline.DataSource, view);
        Assert.Contains($"[1] Tema: Produto não recebido — {notReceived} de {negatives} avaliações negativas", Assert.Single(stub.Requests).Messages[^1].Content);
        await using var command = pipeline.DataSource.CreateCommand("SELECT model, input_tokens, output_tokens, grounding_coverage FROM answers WHERE query_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = queryId });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(("gpt-4o-mini", 120L, 30L, 0.5), (reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetDouble(3)));
        Assert.True(view.Confidence < 0.95, $"a half-grounded answer scored {view.Confidence}");
    }

    [Fact]
    public async Task A_failing_model_falls_back_to_the_extractive_answer()
    {
        await using var stub = await OpenAIChatStub.StartAsync(OpenAIChatStub.Error(401));
        using var host = ChatHost(stub);
        await using var pipeline = new QueryWorkerHarness(await OlistSampleDatabase.GetAsync(servers), servers.RedisConnectionString, host.Services.GetRequiredService<ChatAnswerGenerator>());

        var queryId = await pipeline.AskAsync(SeedQuestion);

        var view = (await pipeline.Queries.GetAsync(queryId, CancellationToken.None))!;
        Assert.Equal(ExtractiveAnswerer.Mode, view.Mode);
        Assert.StartsWith("Modo extrativo", view.Answer);
    }

    [Fact]
    public async Task The_last_failed_attempt_marks_the_query_failed_and_earlier_ones_leave_it_pending()
    {
        var connectionString = await OlistSampleDatabase.GetAsync(servers);
        // Counting fails: the statistics connect to a database that does not exist.
        var broken = new NpgsqlConnectionStringBuilder(connectionString) { Database = "no_such_database" }.ConnectionString;
        await using var pipeline = new QueryWorkerHarness(connectionString, servers.RedisConnectionString, statisticsConnectionString: broken, maxAttempts: 3);

        var early = Guid.CreateVersion7();
        await pipeline.Queries.CreateAsync(new NewQuery(early, SeedQuestion, OlistSampleDatabase.Collection, 5, null, null), CancellationToken.None);
        await Assert.ThrowsAsync<PostgresException>(() =>
            pipeline.Handler.HandleAsync(new ProcessQuery(early), new MessageContext("m1", null, "reply", Attempt: 2), CancellationToken.None));
        Assert.Equal(QueryStatus.Pending, (await pipeline.Queries.GetAsync(early, CancellationToken.None))!.Status);

        var last = Guid.CreateVersion7();
        await pipeline.Queries.CreateAsync(new NewQuery(last, SeedQuestion, OlistSampleDatabase.Collection, 5, null, null), CancellationToken.None);
        await Assert.ThrowsAsync<PostgresException>(() =>
            pipeline.Handler.HandleAsync(new ProcessQuery(last), new MessageContext("m2", null, "reply", Attempt: 3), CancellationToken.None));
        var view = (await pipeline.Queries.GetAsync(last, CancellationToken.None))!;
        Assert.Equal(QueryStatus.Failed, view.Status);
        Assert.StartsWith("The answer could not be produced after 3 attempts: Npgsql.PostgresException", view.Error);
        Assert.Equal([new QueryAnswered(last)], pipeline.Replies.Replies);
    }

    internal static Microsoft.Extensions.Hosting.IHost ChatHost(OpenAIChatStub stub) => AnswerOptionsTests.Host(new Dictionary<string, string?>
    {
        ["Answers:Provider"] = "openai",
        ["Answers:Endpoint"] = stub.BaseAddress + "/v1",
        ["Answers:ApiKey"] = "sk-test",
        ["Answers:ModelId"] = "gpt-4o-mini",
        ["Answers:MaxAttempts"] = "1",
    });

    private static async Task AssertCitationsQuoteTheirChunksAsync(NpgsqlDataSource dataSource, QueryView view)
    {
        Assert.NotEmpty(view.Citations);
        foreach (var citation in view.Citations)
        {
            await using var command = dataSource.CreateCommand("SELECT text, source_id FROM chunks WHERE id = $1");
            command.Parameters.Add(new NpgsqlParameter { Value = citation.ChunkId });
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync(), "a citation points at a chunk that does not exist");
            Assert.Contains(citation.Quote, reader.GetString(0), StringComparison.Ordinal);
            Assert.Equal(reader.GetString(1), citation.SourceId);
            Assert.Contains($"[{citation.Index}]", view.Answer);
        }
    }

    [Theory]
    [InlineData("Do que reclamam as avaliações que mencionam \"entrega\"?", "~ '\\mentreg'")]
    [InlineData("Do que reclamam as avaliações que mencionam \"entrega\" e \"prazo\"?", "~ '\\mentreg' AND unaccent(lower(string_agg(text, ' '))) ~ '\\mpraz'")]
    // "ou": a review that mentions one of the words is in scope.
    [InlineData("Do que reclamam as avaliações que mencionam \"entrega\" ou \"prazo\"?", "~ '\\mentreg' OR unaccent(lower(string_agg(text, ' '))) ~ '\\mpraz'")]
    public async Task A_theme_list_restricted_to_a_mention_counts_only_the_reviews_that_mention_it(string question, string having)
    {
        await using var dataSource = NpgsqlDataSource.Create(await OlistSampleDatabase.GetAsync(servers));
        var statistics = new ReviewStatistics(dataSource);
        var mention = ThemeMention.Read(question)!;

        var breakdown = await statistics.BreakdownAsync(OlistSampleDatabase.Collection, ThemePolarity.Complaint, new ScoreRange(null, 2), null,
            maxThemes: 5, examplesPerTheme: 2, mention.Stems, mention.Any, exclusion: null, CancellationToken.None);

        var mentioning = "source_id IN (SELECT source_id FROM chunks WHERE collection = 'olist_reviews' GROUP BY source_id " +
                         $"HAVING unaccent(lower(string_agg(text, ' '))) {having})";
        Assert.Equal(await CountAsync(dataSource, $"(metadata ->> 'review_score')::int <= 2 AND {mentioning}"), breakdown.ScopeReviews);
        Assert.InRange(breakdown.ScopeReviews, 1, NegativeReviews - 1);
    }

    [Fact]
    public async Task A_theme_list_leaves_out_the_reviews_the_question_sets_aside()
    {
        await using var dataSource = NpgsqlDataSource.Create(await OlistSampleDatabase.GetAsync(servers));
        var statistics = new ReviewStatistics(dataSource);
        var in2017 = new QueryFilters(null, null, new DateOnly(2017, 1, 1), new DateOnly(2017, 12, 31), null).ToVectorFilter();

        // "Tirando as de 1 estrela e dezembro, do que reclamaram em 2017?"
        var breakdown = await statistics.BreakdownAsync(OlistSampleDatabase.Collection, ThemePolarity.Complaint, new ScoreRange(null, 2), in2017,
            maxThemes: 5, examplesPerTheme: 2, mentions: [], anyMention: false, new ReviewExclusion(new ScoreRange(1, 1), MonthOfYear: 12), CancellationToken.None);

        const string Kept = "(metadata ->> 'review_score')::int <= 2 AND metadata ->> 'review_creation_date' LIKE '2017-%' " +
                            "AND NOT ((metadata ->> 'review_score')::int = 1 AND metadata ->> 'review_creation_date' LIKE '2017-12-%')";
        Assert.Equal(await CountAsync(dataSource, Kept), breakdown.ScopeReviews);
        Assert.InRange(breakdown.ScopeReviews, 1, await CountAsync(dataSource, "(metadata ->> 'review_score')::int <= 2 AND metadata ->> 'review_creation_date' LIKE '2017-%'") - 1);
        Assert.All(breakdown.Themes.SelectMany(t => t.Examples), e =>
            Assert.False(e.Chunk.Metadata["review_score"] == "1" && e.Chunk.Metadata["review_creation_date"].StartsWith("2017-12", StringComparison.Ordinal)));
    }

    private static async Task<int> CountAsync(NpgsqlDataSource dataSource, string condition)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT count(DISTINCT source_id) FROM chunks WHERE collection = 'olist_reviews' AND {condition}");
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// The same theme query in one plain statement per theme: checks how the statistics count (distinct reviews, score
    /// scope), not the lexicon, whose results are pinned in <see cref="TopComplaints"/>.
    /// </summary>
    private static async Task<int> ThemeCountAsync(NpgsqlDataSource dataSource, ReviewTheme theme, string condition)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT count(DISTINCT source_id) FROM chunks WHERE collection = 'olist_reviews' AND {condition} AND tsv @@ to_tsquery('ragqa_pt', $1)");
        command.Parameters.Add(new NpgsqlParameter { Value = theme.TsQuery });
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<(string Intent, string Language, double Coverage)> StoredAnswerAsync(NpgsqlDataSource dataSource, Guid queryId)
    {
        await using var command = dataSource.CreateCommand("SELECT intent, language, grounding_coverage FROM answers WHERE query_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = queryId });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetString(1), reader.GetDouble(2));
    }

    /// <summary>The lexicon on the sample: reviews per theme among negative (≤ 2), neutral (3), positive (≥ 4) and all reviews.</summary>
    private async Task PrintLexiconTableAsync(NpgsqlDataSource dataSource)
    {
        output.WriteLine("| theme | polarity | score ≤ 2 | score 3 | score ≥ 4 | all |");
        output.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var theme in ReviewThemes.All)
        {
            await using var command = dataSource.CreateCommand(
                """
                SELECT count(DISTINCT source_id) FILTER (WHERE (metadata ->> 'review_score')::int <= 2),
                       count(DISTINCT source_id) FILTER (WHERE (metadata ->> 'review_score')::int = 3),
                       count(DISTINCT source_id) FILTER (WHERE (metadata ->> 'review_score')::int >= 4),
                       count(DISTINCT source_id)
                FROM chunks WHERE collection = 'olist_reviews' AND tsv @@ to_tsquery('ragqa_pt', $1)
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = theme.TsQuery });
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            output.WriteLine($"| {theme.Portuguese} | {theme.Polarity} | {reader.GetInt64(0)} | {reader.GetInt64(1)} | {reader.GetInt64(2)} | {reader.GetInt64(3)} |");
        }
    }

    [GeneratedRegex(@"^\d\) (?<theme>.+?) — (?<count>\d+) avaliaç(ão|ões) \(", RegexOptions.Multiline)]
    private static partial Regex ThemeLine();
}
