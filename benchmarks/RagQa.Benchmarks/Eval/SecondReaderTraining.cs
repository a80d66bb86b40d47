using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.ML;
using RagQa.Core.Analytics;
using RagQa.Core.Ingestion;

namespace RagQa.Benchmarks.Eval;

/// <summary>
/// <c>train-reader</c>: trains the <see cref="SecondReader"/> on the dev questions of every analytics question set
/// (eval/analytics/questions.jsonl and round*/questions.jsonl; held-out questions are never read), with the dev split of
/// the retrieval set's one-review descriptions (eval/retrieval/paraphrases.jsonl) as questions about one review, and writes
/// RagQa.Core/Analytics/Model/second-reader.{zip,json}. It first reads each set as new — trained on the others' dev
/// questions only — and reports that accuracy; <c>--predictions PATH</c> writes those left-out readings as JSON lines
/// for choosing how much a disagreement should lower the confidence (docs/answering.md).
/// </summary>
public static partial class SecondReaderTraining
{
    public static int Run(string[] args)
    {
        var root = RepositoryPaths.Root();
        var analytics = Path.Combine(root, "eval", "analytics");
        var files = Directory.GetFiles(analytics, "questions.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var sets = files.ToDictionary(f => f, f => AnalyticsSet.OfSplit(AnalyticsSet.ReadQuestions(f), "dev"));
        var predictions = args.Length == 2 && args[0] == "--predictions" ? new List<string>() : null;
        var descriptions = ReviewDescriptions().Concat(ReviewClauses()).ToList();
        var (leftOut, right) = (0, 0);
        foreach (var file in files)
        {
            var ml = new MLContext(SecondReaderTrainer.Seed);
            using var reader = new SecondReader(ml, SecondReaderTrainer.Train(ml,
                files.Where(f => f != file).SelectMany(f => sets[f]).Select(Example).Concat(descriptions)));
            foreach (var question in sets[file])
            {
                var reading = reader.Read(question.Question);
                var label = Example(question).Label;
                (leftOut, right) = (leftOut + 1, right + (reading.Label == label ? 1 : 0));
                predictions?.Add(JsonSerializer.Serialize(new { id = question.Id, label, read = reading.Label, probability = reading.Probability }));
            }
            Console.WriteLine($"{Path.GetRelativePath(root, file)}: read as new, {sets[file].Count} dev questions");
        }
        if (predictions is not null) File.WriteAllLines(args[1], predictions);
        var all = files.SelectMany(f => sets[f]).ToList();
        var final = new MLContext(SecondReaderTrainer.Seed);
        var model = SecondReaderTrainer.Train(final, all.Select(Example).Concat(descriptions));
        var directory = Path.Combine(root, "RagQa.Core", "Analytics", "Model");
        Directory.CreateDirectory(directory);
        final.Model.Save(model, null, Path.Combine(directory, "second-reader.zip"));
        var manifest = new SecondReaderManifest(
            files.Append(KnownItem.PathOf(KnownItem.ParaphrasesFile)).Append(RepositoryPaths.OlistSample).ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), Sha256),
            all.Count + descriptions.Count, leftOut, right);
        File.WriteAllText(Path.Combine(directory, "second-reader.json"), JsonSerializer.Serialize(manifest, SecondReaderManifest.Json) + "\n");
        Console.WriteLine($"trained on {all.Count} dev questions and {descriptions.Count} review descriptions and clauses; each set read as new: {right}/{leftOut} = {(double)right / leftOut:P1} labelled as its author did");
        return 0;
    }

    /// <summary>
    /// "tapete fofo demais, mas mandaram num pacotinho minúsculo": a review described in a searcher's own words, often with
    /// no word the scope rules know, asks about one review. The analytics sets ask in questions; the dev split of the
    /// retrieval set's descriptions in other words (eval/retrieval/paraphrases.jsonl) teaches the statement.
    /// </summary>
    private static List<SecondReaderExample> ReviewDescriptions() =>
        KnownItem.Load(KnownItem.ParaphrasesFile).Where(item => item.Split == "dev")
            .Select(item => new SecondReaderExample { Text = item.Question, Label = ReadingLabels.Specific })
            .ToList();

    /// <summary>
    /// "produto chegou quebrado?": a short question about the reviews, asked in their own words. The sets' questions about
    /// one review are long paraphrases, and a reader trained on them alone read "A entrega atrasou?" or "¿El vendedor
    /// contestó?" as out of scope. Every other distinct first clause of three to eight words of the seeded sample's reviews
    /// (data/olist), half of them with a question mark, teaches it that review talk is about the reviews.
    /// </summary>
    private static List<SecondReaderExample> ReviewClauses()
    {
        using var file = File.OpenRead(RepositoryPaths.OlistSample);
        return CsvRecordReader.ReadAsync(file, null, CancellationToken.None).ToBlockingEnumerable()
            .OfType<SourceRecord>().Select(record => FirstClause(record.Text)).OfType<string>()
            .Distinct().Where((_, i) => i % 2 == 0)
            .Select((clause, i) => new SecondReaderExample { Text = i % 2 == 0 ? clause + "?" : clause, Label = ReadingLabels.Specific })
            .ToList();
    }

    /// <summary>The first clause of three to eight words, in lower case (reviews shout: "PRODUTO NÃO CHEGOU"); null when none.</summary>
    public static string? FirstClause(string text) =>
        ClauseBreak().Split(text).Select(clause => clause.Trim())
            .FirstOrDefault(clause => clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 3 and <= 8)?.ToLowerInvariant();

    [GeneratedRegex(@"[.,;:!?\n]+")]
    private static partial Regex ClauseBreak();

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static SecondReaderExample Example(AnalyticsQuestion question) => new()
    {
        Text = question.Question,
        Label = LabelOf(question.Type, question.Spec?.Measure, question.Spec?.GroupBy),
    };

    /// <summary>
    /// A question's <see cref="ReadingLabels"/> label, from its type and its spec's measure and grouping (a count, share or
    /// average per year or month is a trend, a count or share per score the score distribution).
    /// </summary>
    public static string LabelOf(string type, string? measure, string? groupBy) => type switch
    {
        "analytical" when measure is ReadingLabels.Count or ReadingLabels.Share or ReadingLabels.AverageScore && groupBy is "year" or "month" => ReadingLabels.Trend,
        "analytical" when measure is ReadingLabels.Count or ReadingLabels.Share && groupBy == "score" => ReadingLabels.ScoreDistribution,
        "analytical" => measure ?? throw new InvalidDataException("An analytical question without a measure."),
        "specific" => ReadingLabels.Specific,
        "out_of_scope" => ReadingLabels.OutOfScope,
        _ => throw new InvalidDataException($"Unknown question type '{type}'."),
    };
}
