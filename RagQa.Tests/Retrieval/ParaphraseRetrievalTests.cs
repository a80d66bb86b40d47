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
}
