using System.Globalization;
using System.Text;
using RagQa.Core.Retrieval;
using RagQa.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RagQa.Tests.Retrieval;

/// <summary>
/// Known-item retrieval on eval/retrieval/paraphrases.jsonl (issue #21): questions that share at most two content stems
/// with their review — synonyms, colloquial and misspelt Portuguese, support-agent wording, English and Spanish.
/// Prints recall@5, MRR@10 and latency per mode for the dev and test splits.
/// </summary>
[Collection(LocalServersCollection.Name)]
public sealed class ParaphraseRetrievalTests(LocalServers servers, OlistSampleCorpus corpus, ITestOutputHelper output)
    : IClassFixture<OlistSampleCorpus>, IAsyncLifetime
{
    public Task InitializeAsync() => corpus.EnsureLoadedAsync(servers);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void The_set_has_at_least_150_questions_about_distinct_reviews_of_the_sample_split_by_style()
    {
        var questions = KnownItemQuestion.Load(KnownItemQuestion.Paraphrases);
        var reviewIds = corpus.Chunks.Select(c => c.SourceId).ToHashSet();

        Assert.True(questions.Count >= 150, $"only {questions.Count} questions");
        Assert.Equal(questions.Count, questions.Select(q => q.Expected[0]).Distinct().Count());
        Assert.All(questions, q => Assert.All(q.Expected, id => Assert.Contains(id, reviewIds)));
        Assert.All(questions.GroupBy(q => q.Style), style =>
            Assert.Equal(["dev", "test"], style.Select(q => q.Split).Distinct().Order()));
    }

    [Fact]
    public async Task Dev_and_test_figures_per_mode()
    {
        var questions = KnownItemQuestion.Load(KnownItemQuestion.Paraphrases);
        var retriever = corpus.Retriever(new RetrievalOptions());
        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Paraphrase known-item retrieval, {corpus.Chunks.Count} reviews, {corpus.Model.ModelId}")
            .AppendLine("| split | mode | questions | recall@5 | MRR@10 | p50 ms | p95 ms |")
            .AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var split in new[] { "dev", "test" })
        {
            var part = questions.Where(q => q.Split == split).ToList();
            foreach (var mode in new[] { RetrievalMode.Lexical, RetrievalMode.Dense, RetrievalMode.Hybrid })
            {
                var scores = await KnownItemEvaluation.EvaluateAsync(retriever, part, mode);
                table.AppendLine(CultureInfo.InvariantCulture,
                    $"| {split} | {mode.ToString().ToLowerInvariant()} | {part.Count} | {scores.RecallAt5:F3} | {scores.Mrr:F3} | {scores.LatencyP50:F1} | {scores.LatencyP95:F1} |");
            }
        }
        output.WriteLine(table.ToString());
    }

    /// <summary>Each lever on the dev split, in one run so that latencies compare: recall@5 and MRR@10 per mode, hybrid by language.</summary>
    [Fact]
    public async Task Lever_ablation_on_dev()
    {
        var dev = KnownItemQuestion.Load(KnownItemQuestion.Paraphrases).Where(q => q.Split == "dev").ToList();
        var levers = new List<(string Name, RetrievalOptions Options)>
        {
            ("baseline", new RetrievalOptions()),
            ("gloss 3, translations 1", new RetrievalOptions { GlossWeight = 3, TranslationWeight = 1 }),
            ("+ synonyms 0.1", new RetrievalOptions { GlossWeight = 3, TranslationWeight = 1, SynonymWeight = 0.1 }),
            ("+ synonyms 0.2", new RetrievalOptions { GlossWeight = 3, TranslationWeight = 1, SynonymWeight = 0.2 }),
            ("+ lexical 2", new RetrievalOptions { GlossWeight = 3, TranslationWeight = 1, LexicalWeight = 2 }),
            ("+ k 30", new RetrievalOptions { GlossWeight = 3, TranslationWeight = 1, FusionK = 30 }),
            ("+ pool 100", new RetrievalOptions { GlossWeight = 3, TranslationWeight = 1, CandidatePool = 100 }),
            ("gloss 3.5, translations 1", new RetrievalOptions { GlossWeight = 3.5, TranslationWeight = 1 }),
            ("gloss 2.5, translations 1", new RetrievalOptions { GlossWeight = 2.5, TranslationWeight = 1 }),
        };
        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Lever ablation, paraphrase dev split ({dev.Count} questions)")
            .AppendLine("| lever | lexical R@5 | dense R@5 | hybrid R@5 | hybrid MRR@10 | hybrid pt / en / es R@5 | hybrid p50 ms | hybrid p95 ms |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |");
        foreach (var (name, options) in levers)
        {
            var retriever = corpus.Retriever(options);
            var lexical = await KnownItemEvaluation.EvaluateAsync(retriever, dev, RetrievalMode.Lexical);
            var dense = await KnownItemEvaluation.EvaluateAsync(retriever, dev, RetrievalMode.Dense);
            var hybrid = await KnownItemEvaluation.EvaluateAsync(retriever, dev, RetrievalMode.Hybrid);
            var byLanguage = string.Join(" / ", new[] { "pt", "en", "es" }.Select(language =>
            {
                var part = dev.Where(q => q.Language == language).ToList();
                return (part.Count(q => hybrid.Ranks[q.Id] is <= KnownItemEvaluation.RecallK) / (double)part.Count).ToString("F2", CultureInfo.InvariantCulture);
            }));
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {lexical.RecallAt5:F3} | {dense.RecallAt5:F3} | {hybrid.RecallAt5:F3} | {hybrid.Mrr:F3} | {byLanguage} | {hybrid.LatencyP50:F1} | {hybrid.LatencyP95:F1} |");
        }
        output.WriteLine(table.ToString());
    }
}
