using RagQa.Benchmarks;
using RagQa.Benchmarks.Eval;

namespace RagQa.Tests.Eval;

/// <summary>
/// eval/analytics stays usable: every set listed in eval/analytics/sets.tsv (the first set and rounds 2 onwards, each
/// described in eval/analytics/README.md) has the truth compute_truth.py computes from the CSV today, the splits of its
/// seed, and the shape the evaluation reports on; and no round's folder is left out of the list.
/// </summary>
public sealed class AnalyticsQuestionSetTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root(), "eval", "analytics");

    /// <summary>One row of sets.tsv: the set's folder under eval/analytics ("." for the first), its split seed (none: the script's default) and its size.</summary>
    private sealed record ListedSet(string Folder, string Seed, int Questions)
    {
        public string QuestionsPath => Path.Combine(AnalyticsQuestionSetTests.Folder, Folder, "questions.jsonl");
    }

    private static IReadOnlyList<ListedSet> Listed() =>
        [.. File.ReadLines(Path.Combine(Folder, "sets.tsv")).Skip(1).Select(line => line.Split('\t')).Select(f => new ListedSet(f[0], f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)))];

    public static TheoryData<string, string> Scripts()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in Listed())
        {
            var questions = set.Folder == "." ? "" : $"--questions {set.Folder}/questions.jsonl";
            data.Add("compute_truth.py", questions);
            data.Add("assign_splits.py", set.Seed.Length == 0 ? questions : $"{questions} --seed {set.Seed}");
        }
        return data;
    }

    public static TheoryData<string, int> Sets()
    {
        var data = new TheoryData<string, int>();
        foreach (var set in Listed()) data.Add(set.QuestionsPath, set.Questions);
        return data;
    }

    public static TheoryData<string> SetPaths() => [.. Listed().Select(s => s.QuestionsPath)];

    [Fact]
    public void Every_round_folder_is_listed()
    {
        var folders = Directory.GetDirectories(Folder, "round*").Where(d => File.Exists(Path.Combine(d, "questions.jsonl"))).Select(Path.GetFileName);

        Assert.Equal(folders.Order(), Listed().Select(s => s.Folder).Where(f => f != ".").Order());
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task The_generated_files_are_current(string script, string options)
    {
        // A question file is named relative to eval/analytics, so the test does not depend on the working directory.
        var arguments = options.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(o => o.EndsWith(".jsonl", StringComparison.Ordinal) ? Path.Combine(Folder, o) : o)
            .Prepend(Path.Combine(Folder, script))
            .Append("--check");
        var (exitCode, output, error) = await PythonScript.RunAsync(arguments);

        Assert.True(exitCode == 0, $"{script} {options} --check: {error}{output}");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_set_has_every_type_and_language_unique_ids_a_third_heldout_and_a_truth_per_question(string path, int atLeast)
    {
        var questions = AnalyticsSet.ReadQuestions(path);
        var truth = AnalyticsSet.ReadTruth(AnalyticsSet.TruthPathFor(path));

        Assert.True(questions.Count >= atLeast, $"{questions.Count} questions");
        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct().Count());
        Assert.InRange(questions.Count(q => q.Split == "heldout"), questions.Count / 3 - 1, questions.Count / 3 + 1);
        Assert.All(questions, q => Assert.Contains(q.Split, new[] { "dev", "heldout" }));
        Assert.Equal(new[] { "analytical", "out_of_scope", "specific" }, questions.Select(q => q.Type).Distinct().Order());
        Assert.Equal(new[] { "en", "es", "pt" }, questions.Select(q => q.Lang).Distinct().Order());
        Assert.Contains(questions, q => q.Ambiguous);
        Assert.All(questions, q => Assert.Equal(q.Type, truth[q.Id].Kind));
        Assert.Equal(questions.Count, truth.Count);
    }

    [Theory]
    [MemberData(nameof(SetPaths))]
    public void Every_measure_is_asked_in_both_splits(string path)
    {
        var questions = AnalyticsSet.ReadQuestions(path);
        var truth = AnalyticsSet.ReadTruth(AnalyticsSet.TruthPathFor(path));
        string[] measures = ["average_score", "comparison", "count", "score_distribution", "share", "top_themes", "trend", "yes_no"];

        foreach (var split in new[] { "dev", "heldout" })
        {
            var asked = AnalyticsSet.OfSplit(questions, split).Where(q => q.Type == "analytical").Select(q => truth[q.Id].Measure!).Distinct().Order();
            Assert.Equal(measures, asked);
        }
    }
}
