using System.Text.Json;
using System.Text.Json.Serialization;

namespace RagQa.Tests.Guardrails;

/// <summary>Loads the labelled sets in Guardrails/Data (copied next to the test assembly).</summary>
internal static class GuardrailCases
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
    };

    public static IReadOnlyList<PiiCase> Pii { get; } = Load<PiiCase>("pii_cases.json");

    /// <summary>The set for the kinds and spellings added by issue #19 (eval/pii/cases.json, read from the repository).</summary>
    public static IReadOnlyList<PiiCase> PiiVariantsAndNewKinds { get; } =
        LoadFrom<PiiCase>(Path.Combine(Infrastructure.LocalServers.RepositoryRoot(), "eval", "pii", "cases.json"));

    public static IReadOnlyList<InjectionCase> Injection { get; } = Load<InjectionCase>("injection_cases.json");

    private static List<T> Load<T>(string file) => LoadFrom<T>(Path.Combine(AppContext.BaseDirectory, "Guardrails", "Data", file));

    private static List<T> LoadFrom<T>(string path) =>
        JsonSerializer.Deserialize<List<T>>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} is empty.");
}
