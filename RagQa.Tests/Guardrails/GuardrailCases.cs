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

    public static IReadOnlyList<InjectionCase> Injection { get; } = Load<InjectionCase>("injection_cases.json");

    private static List<T> Load<T>(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Guardrails", "Data", file);
        return JsonSerializer.Deserialize<List<T>>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{file} is empty.");
    }
}
