using System.Diagnostics;
using RagQa.Benchmarks;
using RagQa.Benchmarks.Eval;

namespace RagQa.Tests.Eval;

/// <summary>
/// eval/analytics stays usable: its truth is what compute_truth.py computes from the CSV today, its splits are the
/// seed's, and the set has the shape the evaluation reports on.
/// </summary>
public sealed class AnalyticsQuestionSetTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root(), "eval", "analytics");

    [Theory]
    [InlineData("compute_truth.py")]
    [InlineData("assign_splits.py")]
    public async Task The_generated_files_are_current(string script)
    {
        using var python = Process.Start(new ProcessStartInfo("python3", [Path.Combine(Folder, script), "--check"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = python.StandardOutput.ReadToEndAsync();
        var error = await python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();

        Assert.True(python.ExitCode == 0, $"{script} --check: {error}{await output}");
    }

    [Fact]
    public void The_set_has_every_type_and_language_unique_ids_a_third_heldout_and_a_truth_per_question()
    {
        var questions = AnalyticsSet.ReadQuestions(AnalyticsSet.DefaultQuestionsPath);
        var truth = AnalyticsSet.ReadTruth(AnalyticsSet.TruthPathFor(AnalyticsSet.DefaultQuestionsPath));

        Assert.True(questions.Count >= 300, $"{questions.Count} questions");
        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct().Count());
        Assert.InRange(questions.Count(q => q.Split == "heldout"), questions.Count / 3 - 1, questions.Count / 3 + 1);
        Assert.All(questions, q => Assert.Contains(q.Split, new[] { "dev", "heldout" }));
        Assert.Equal(new[] { "analytical", "out_of_scope", "specific" }, questions.Select(q => q.Type).Distinct().Order());
        Assert.Equal(new[] { "en", "es", "pt" }, questions.Select(q => q.Lang).Distinct().Order());
        Assert.Contains(questions, q => q.Ambiguous);
        Assert.All(questions, q => Assert.Equal(q.Type, truth[q.Id].Kind));
        Assert.Equal(questions.Count, truth.Count);
    }

    [Fact]
    public void Every_measure_is_asked_in_both_splits()
    {
        var questions = AnalyticsSet.ReadQuestions(AnalyticsSet.DefaultQuestionsPath);
        var truth = AnalyticsSet.ReadTruth(AnalyticsSet.TruthPathFor(AnalyticsSet.DefaultQuestionsPath));
        string[] measures = ["average_score", "comparison", "count", "score_distribution", "share", "top_themes", "trend", "yes_no"];

        foreach (var split in new[] { "dev", "heldout" })
        {
            var asked = AnalyticsSet.OfSplit(questions, split).Where(q => q.Type == "analytical").Select(q => truth[q.Id].Measure!).Distinct().Order();
            Assert.Equal(measures, asked);
        }
    }
}
