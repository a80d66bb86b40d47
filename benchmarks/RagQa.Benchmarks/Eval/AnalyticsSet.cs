using System.Text.Json;

namespace RagQa.Benchmarks.Eval;

/// <summary>eval/analytics: the questions (questions.jsonl) and their truth (truth.jsonl beside them), read as JSON lines.</summary>
public static class AnalyticsSet
{
    public static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string DefaultQuestionsPath => Path.Combine(RepositoryPaths.Root(), "eval", "analytics", "questions.jsonl");

    /// <summary>The truth is generated beside its questions, so a copied or edited set keeps its own.</summary>
    public static string TruthPathFor(string questionsPath) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(questionsPath))!, "truth.jsonl");

    public static IReadOnlyList<AnalyticsQuestion> ReadQuestions(string path) => Lines(path)
        .Select(l => JsonSerializer.Deserialize<AnalyticsQuestion>(l, Json) ?? throw new InvalidDataException($"{path}: null line"))
        .ToList();

    public static IReadOnlyDictionary<string, ExpectedAnswer> ReadTruth(string path) => Lines(path)
        .Select(l => JsonDocument.Parse(l).RootElement)
        .ToDictionary(
            e => e.GetProperty("id").GetString()!,
            e => e.GetProperty("expected").Deserialize<ExpectedAnswer>(Json) ?? throw new InvalidDataException($"{path}: null expected"));

    /// <summary>The questions of one split ("dev", "heldout") or of both ("all").</summary>
    public static IReadOnlyList<AnalyticsQuestion> OfSplit(IEnumerable<AnalyticsQuestion> questions, string split) => split switch
    {
        "all" => questions.ToList(),
        "dev" or "heldout" => questions.Where(q => q.Split == split).ToList(),
        _ => throw new ArgumentException($"--split must be dev, heldout or all, not {split}."),
    };

    private static IEnumerable<string> Lines(string path) => File.ReadLines(path).Where(l => l.Trim().Length > 0);
}
