using System.Text.Json;
using System.Text.Json.Serialization;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Retrieval;

/// <summary>
/// One line of a known-item set under eval/retrieval: a user-style question about one review, and the review id(s) it
/// should find. known_items.jsonl grades difficulty; paraphrases.jsonl names the wording style and a dev/test split.
/// </summary>
public sealed record KnownItemQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("expected")] IReadOnlyList<string> Expected,
    [property: JsonPropertyName("difficulty")] string? Difficulty,
    [property: JsonPropertyName("lang")] string Language,
    [property: JsonPropertyName("style")] string? Style = null,
    [property: JsonPropertyName("split")] string? Split = null)
{
    public const string KnownItems = "known_items.jsonl";

    public const string Paraphrases = "paraphrases.jsonl";

    public static IReadOnlyList<KnownItemQuestion> Load(string file = KnownItems) =>
        File.ReadLines(Path.Combine(LocalServers.RepositoryRoot(), "eval", "retrieval", file))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<KnownItemQuestion>(line)!)
            .ToList();
}
