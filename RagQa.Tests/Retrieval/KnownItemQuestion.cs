using System.Text.Json;
using System.Text.Json.Serialization;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Retrieval;

/// <summary>One line of eval/retrieval/known_items.jsonl: a user-style paraphrase of one review, and the review id(s) it should find.</summary>
public sealed record KnownItemQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("expected")] IReadOnlyList<string> Expected,
    [property: JsonPropertyName("difficulty")] string Difficulty,
    [property: JsonPropertyName("lang")] string Language)
{
    public static IReadOnlyList<KnownItemQuestion> Load() =>
        File.ReadLines(Path.Combine(LocalServers.RepositoryRoot(), "eval", "retrieval", "known_items.jsonl"))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<KnownItemQuestion>(line)!)
            .ToList();
}
