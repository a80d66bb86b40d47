using System.Text.Json;

namespace RagQa.Benchmarks.Eval;

/// <summary>A question of eval/retrieval that should find the reviews <see cref="Expected"/>; <see cref="Split"/> is dev or test where the set has one.</summary>
public sealed record KnownItem(string Id, string Question, IReadOnlyList<string> Expected, string? Split)
{
    public const string KnownItemsFile = "known_items.jsonl";

    public const string ParaphrasesFile = "paraphrases.jsonl";

    /// <summary>The path of a set of eval/retrieval in the repository, as recorded in manifests.</summary>
    public static string PathOf(string file) => Path.Combine(RepositoryPaths.Root(), "eval", "retrieval", file);

    /// <summary>Every question of a set of eval/retrieval (<see cref="KnownItemsFile"/>, <see cref="ParaphrasesFile"/>).</summary>
    public static List<KnownItem> Load(string file) =>
        File.ReadLines(PathOf(file))
            .Where(l => l.Trim().Length > 0)
            .Select(Parse)
            .ToList();

    private static KnownItem Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var e = document.RootElement;
        return new KnownItem(e.GetProperty("id").GetString()!, e.GetProperty("question").GetString()!,
            e.GetProperty("expected").EnumerateArray().Select(x => x.GetString()!).ToList(),
            e.TryGetProperty("split", out var split) ? split.GetString() : null);
    }
}
