using System.Globalization;
using System.Text;
using RagQa.Core.Retrieval;
using RagQa.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RagQa.Tests.Retrieval;

/// <summary>
/// Known-item retrieval over the seeded Olist sample with the default embedder, on both sets of eval/retrieval:
/// known_items.jsonl (each question paraphrases one review) and paraphrases.jsonl (issue #21: questions sharing at
/// most two content stems with their review — synonyms, colloquial and misspelt Portuguese, support-agent wording,
/// English and Spanish). Recall@5 and MRR@10 are measured for dense, lexical and hybrid retrieval and printed as
/// tables, with latency and the ablation of issue #21's levers on the paraphrases' dev split. Fusion must never be
/// worse than either retriever alone, and no mode may fall below its floor (a regression of every mode at once
/// would keep the order).
/// </summary>
[Collection(LocalServersCollection.Name)]
public sealed class KnownItemRetrievalTests(LocalServers servers, OlistSampleCorpus corpus, ITestOutputHelper output)
    : IClassFixture<OlistSampleCorpus>, IAsyncLifetime
{
    private const int RecallK = KnownItemEvaluation.RecallK;

    /// <summary>
    /// Recall@5 and MRR@10 floors per mode, a little below what was measured on the 77 questions with
    /// all-MiniLM-L6-v2 (dense 0.792 / 0.714, lexical 0.935 / 0.904, hybrid with and without rerank 0.935 / 0.872):
    /// each recall floor allows one more missed question (1/77 = 0.013).
    /// </summary>
    private static readonly Dictionary<string, (double RecallAt5, double Mrr)> Floors = new()
    {
        ["dense"] = (0.77, 0.69),
        ["lexical"] = (0.92, 0.88),
        ["hybrid (RRF only)"] = (0.92, 0.85),
        ["hybrid (RRF + rerank)"] = (0.92, 0.85),
    };

    /// <summary>Retrieval as it was before issue #21's levers.</summary>
    private static readonly RetrievalOptions Before = new() { GlossWeight = 0, TranslationWeight = 0, SynonymWeight = 0, TypoWeight = 0 };

    public Task InitializeAsync() => corpus.EnsureLoadedAsync(servers);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void The_evaluation_set_has_at_least_fifty_questions_about_reviews_of_the_sample()
    {
        var questions = KnownItemQuestion.Load();
        var reviewIds = corpus.Chunks.Select(c => c.SourceId).ToHashSet();

        Assert.True(questions.Count >= 50, $"only {questions.Count} questions");
        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct().Count());
        Assert.All(questions, q => Assert.All(q.Expected, id => Assert.Contains(id, reviewIds)));
    }

    [Fact]
    public async Task Every_mode_meets_its_floor_and_hybrid_finds_known_items_at_least_as_well_as_either_retriever_alone()
    {
        var questions = KnownItemQuestion.Load();
        var retriever = corpus.Retriever(new RetrievalOptions());
        var noRerank = corpus.Retriever(new RetrievalOptions { RerankLambda = 1, NearDuplicateJaccard = 1.01 });

        var runs = new List<(string Name, KnownItemScores Scores)>
        {
            ("dense", await KnownItemEvaluation.EvaluateAsync(retriever, questions, RetrievalMode.Dense)),
            ("lexical", await KnownItemEvaluation.EvaluateAsync(retriever, questions, RetrievalMode.Lexical)),
            ("hybrid (RRF only)", await KnownItemEvaluation.EvaluateAsync(noRerank, questions, RetrievalMode.Hybrid)),
            ("hybrid (RRF + rerank)", await KnownItemEvaluation.EvaluateAsync(retriever, questions, RetrievalMode.Hybrid)),
        };

        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Known-item retrieval, {questions.Count} questions, {corpus.Chunks.Count} reviews, {corpus.Model.ModelId} (sample embedded in {corpus.EmbeddingTime.TotalSeconds:F0} s)")
            .AppendLine("| mode | recall@5 | recall@10 | MRR@10 |")
            .AppendLine("| --- | --- | --- | --- |");
        foreach (var (name, scores) in runs)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {scores.RecallAt5:F3} | {scores.RecallAt10:F3} | {scores.Mrr:F3} |");
        }
        table.AppendLine().AppendLine("Questions hybrid misses in the top 5 (rank per mode, - = not in the top 10):");
        foreach (var question in questions.Where(q => runs[3].Scores.Ranks[q.Id] is null or > RecallK))
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"  {question.Id} [{question.Difficulty}] {string.Join(" ", runs.Select(r => r.Scores.Ranks[question.Id]?.ToString(CultureInfo.InvariantCulture) ?? "-"))} {question.Question}");
        }
        output.WriteLine(table.ToString());

        Assert.All(runs, run =>
        {
            var floor = Floors[run.Name];
            Assert.True(run.Scores.RecallAt5 >= floor.RecallAt5, $"{run.Name} recall@5 {run.Scores.RecallAt5:F3} < floor {floor.RecallAt5:F3}");
            Assert.True(run.Scores.Mrr >= floor.Mrr, $"{run.Name} MRR@10 {run.Scores.Mrr:F3} < floor {floor.Mrr:F3}");
        });
        var hybrid = runs[3].Scores;
        Assert.True(hybrid.RecallAt5 >= runs[0].Scores.RecallAt5, $"hybrid recall@5 {hybrid.RecallAt5:F3} < dense {runs[0].Scores.RecallAt5:F3}");
        Assert.True(hybrid.RecallAt5 >= runs[1].Scores.RecallAt5, $"hybrid recall@5 {hybrid.RecallAt5:F3} < lexical {runs[1].Scores.RecallAt5:F3}");
    }

    [Fact]
    public void The_paraphrase_set_has_at_least_150_questions_about_distinct_reviews_of_the_sample_split_by_style()
    {
        var questions = KnownItemQuestion.Load(KnownItemQuestion.Paraphrases);
        var reviewIds = corpus.Chunks.Select(c => c.SourceId).ToHashSet();

        Assert.True(questions.Count >= 150, $"only {questions.Count} questions");
        Assert.Equal(questions.Count, questions.Select(q => q.Expected[0]).Distinct().Count());
        Assert.All(questions, q => Assert.All(q.Expected, id => Assert.Contains(id, reviewIds)));
        Assert.All(questions.GroupBy(q => q.Style), style =>
            Assert.Equal(["dev", "test"], style.Select(q => q.Split).Distinct().Order()));
    }

    /// <summary>
    /// Before and after the levers, both splits, every mode. Hybrid must beat either retriever alone, and each split
    /// must keep its floor: a little below what was measured (recall@5 with the defaults: dev 0.708, test 0.779), one
    /// more missed question allowed per split.
    /// </summary>
    [Fact]
    public async Task On_paraphrases_hybrid_beats_either_retriever_alone_on_both_splits_and_keeps_its_floor()
    {
        var questions = KnownItemQuestion.Load(KnownItemQuestion.Paraphrases);
        var floors = new Dictionary<string, double> { ["dev"] = 0.69, ["test"] = 0.76 };
        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Paraphrase known-item retrieval, {corpus.Chunks.Count} reviews, {corpus.Model.ModelId}")
            .AppendLine("| split | setting | mode | questions | recall@5 | MRR@10 | p50 ms | p95 ms |")
            .AppendLine("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |");
        var after = new Dictionary<(string Split, RetrievalMode Mode), KnownItemScores>();
        foreach (var split in new[] { "dev", "test" })
        {
            var part = questions.Where(q => q.Split == split).ToList();
            foreach (var (setting, options) in new[] { ("before", Before), ("after", new RetrievalOptions()) })
            {
                var retriever = corpus.Retriever(options);
                foreach (var mode in new[] { RetrievalMode.Lexical, RetrievalMode.Dense, RetrievalMode.Hybrid })
                {
                    var scores = await KnownItemEvaluation.EvaluateAsync(retriever, part, mode);
                    if (setting == "after") after[(split, mode)] = scores;
                    table.AppendLine(CultureInfo.InvariantCulture,
                        $"| {split} | {setting} | {mode.ToString().ToLowerInvariant()} | {part.Count} | {scores.RecallAt5:F3} | {scores.Mrr:F3} | {scores.LatencyP50:F1} | {scores.LatencyP95:F1} |");
                }
            }
        }
        output.WriteLine(table.ToString());

        Assert.All(floors, floor =>
        {
            var hybrid = after[(floor.Key, RetrievalMode.Hybrid)].RecallAt5;
            Assert.True(hybrid >= floor.Value, $"{floor.Key} hybrid recall@5 {hybrid:F3} < floor {floor.Value:F2}");
            Assert.True(hybrid > after[(floor.Key, RetrievalMode.Lexical)].RecallAt5, $"{floor.Key}: hybrid {hybrid:F3} not above lexical");
            Assert.True(hybrid > after[(floor.Key, RetrievalMode.Dense)].RecallAt5, $"{floor.Key}: hybrid {hybrid:F3} not above dense");
        });
    }

    /// <summary>
    /// Each lever on the dev split, in one run so that latencies compare: recall@5 and MRR@10 per mode, hybrid by
    /// language, and hybrid recall@5 on known_items.jsonl, which must not regress.
    /// </summary>
    [Fact]
    public async Task Paraphrase_lever_ablation_on_dev()
    {
        var dev = KnownItemQuestion.Load(KnownItemQuestion.Paraphrases).Where(q => q.Split == "dev").ToList();
        var levers = new List<(string Name, RetrievalOptions Options)>
        {
            ("before: levers off", Before),
            ("fusion k 10", new RetrievalOptions { GlossWeight = 0, TranslationWeight = 0, SynonymWeight = 0, TypoWeight = 0, FusionK = 10 }),
            ("lexical weight 2", new RetrievalOptions { GlossWeight = 0, TranslationWeight = 0, SynonymWeight = 0, TypoWeight = 0, LexicalWeight = 2 }),
            ("candidate pool 100", new RetrievalOptions { GlossWeight = 0, TranslationWeight = 0, SynonymWeight = 0, TypoWeight = 0, CandidatePool = 100 }),
            ("synonyms 0.2 alone", new RetrievalOptions { GlossWeight = 0, TranslationWeight = 0, TypoWeight = 0 }),
            ("translations 1 alone", new RetrievalOptions { GlossWeight = 0, SynonymWeight = 0, TypoWeight = 0 }),
            ("gloss 2 alone", new RetrievalOptions { TranslationWeight = 0, SynonymWeight = 0, TypoWeight = 0 }),
            ("gloss 3 alone", new RetrievalOptions { GlossWeight = 3, TranslationWeight = 0, SynonymWeight = 0, TypoWeight = 0 }),
            ("typos 0.5 (similarity 0.5) alone", new RetrievalOptions { GlossWeight = 0, TranslationWeight = 0, SynonymWeight = 0 }),
            ("gloss 2 + translations 1", new RetrievalOptions { SynonymWeight = 0, TypoWeight = 0 }),
            ("gloss 2 + translations 1 + synonyms 0.2", new RetrievalOptions { TypoWeight = 0 }),
            ("defaults: + typos 0.5 (similarity 0.5)", new RetrievalOptions()),
            ("defaults, typos 0.3", new RetrievalOptions { TypoWeight = 0.3 }),
            ("defaults, typos 1", new RetrievalOptions { TypoWeight = 1 }),
            ("defaults, typo similarity 0.4", new RetrievalOptions { TypoSimilarity = 0.4 }),
            ("defaults, typo similarity 0.6", new RetrievalOptions { TypoSimilarity = 0.6 }),
            ("defaults, gloss 3", new RetrievalOptions { GlossWeight = 3 }),
            ("defaults, synonyms 0.4", new RetrievalOptions { SynonymWeight = 0.4 }),
        };
        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Lever ablation, paraphrase dev split ({dev.Count} questions)")
            .AppendLine("| lever | lexical R@5 | dense R@5 | hybrid R@5 | hybrid MRR@10 | hybrid pt / en / es R@5 | hybrid p50 ms | hybrid p95 ms | known_items hybrid R@5 |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |");
        foreach (var (name, options) in levers)
        {
            var retriever = corpus.Retriever(options);
            var lexical = await KnownItemEvaluation.EvaluateAsync(retriever, dev, RetrievalMode.Lexical);
            var dense = await KnownItemEvaluation.EvaluateAsync(retriever, dev, RetrievalMode.Dense);
            var hybrid = await KnownItemEvaluation.EvaluateAsync(retriever, dev, RetrievalMode.Hybrid);
            var knownItems = await KnownItemEvaluation.EvaluateAsync(retriever, KnownItemQuestion.Load(), RetrievalMode.Hybrid);
            var byLanguage = string.Join(" / ", new[] { "pt", "en", "es" }.Select(language =>
            {
                var part = dev.Where(q => q.Language == language).ToList();
                return (part.Count(q => hybrid.Ranks[q.Id] is <= KnownItemEvaluation.RecallK) / (double)part.Count).ToString("F2", CultureInfo.InvariantCulture);
            }));
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {lexical.RecallAt5:F3} | {dense.RecallAt5:F3} | {hybrid.RecallAt5:F3} | {hybrid.Mrr:F3} | {byLanguage} | {hybrid.LatencyP50:F1} | {hybrid.LatencyP95:F1} | {knownItems.RecallAt5:F3} |");
        }
        output.WriteLine(table.ToString());
    }

    /// <summary>
    /// Hybrid query latency before and after the levers, each question asked both ways in alternation (three rounds) so
    /// that the machine's load falls on both alike; printed, not asserted (a shared machine's p95 is noise-bound).
    /// </summary>
    [Fact]
    public async Task Paraphrase_latency_before_and_after_the_levers_interleaved()
    {
        var questions = KnownItemQuestion.Load(KnownItemQuestion.Paraphrases);
        var settings = new[] { ("before", corpus.Retriever(Before)), ("after", corpus.Retriever(new RetrievalOptions())) };
        var latencies = settings.ToDictionary(s => s.Item1, _ => new List<double>());
        for (var round = 0; round < 3; round++)
        {
            foreach (var question in questions)
            {
                foreach (var (name, retriever) in round % 2 == 0 ? settings : settings.Reverse())
                {
                    var scores = await KnownItemEvaluation.EvaluateAsync(retriever, [question], RetrievalMode.Hybrid);
                    latencies[name].AddRange(scores.LatenciesMs);
                }
            }
        }
        var before = new KnownItemScores(0, 0, 0, new Dictionary<string, int?>(), latencies["before"]);
        var after = new KnownItemScores(0, 0, 0, new Dictionary<string, int?>(), latencies["after"]);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Hybrid latency, {questions.Count} paraphrase questions × 3 rounds, interleaved: before p50 {before.LatencyP50:F1} ms p95 {before.LatencyP95:F1} ms; "
            + $"after p50 {after.LatencyP50:F1} ms p95 {after.LatencyP95:F1} ms; ratio p50 {after.LatencyP50 / before.LatencyP50:F2}, p95 {after.LatencyP95 / before.LatencyP95:F2}"));
    }
}
