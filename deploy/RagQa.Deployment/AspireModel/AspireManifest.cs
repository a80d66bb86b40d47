using System.Text.Json;
using System.Text.Json.Serialization;

namespace RagQa.Deployment.AspireModel;

/// <summary>
/// The manifest the AppHost's manifest publisher writes (<c>aspire-manifest.json</c>): every resource by name,
/// read as far as the Kubernetes generator needs it. Unknown resource fields are ignored on purpose: the format
/// grows with Aspire, and what a new field means is decided where it is used, not here.
/// </summary>
public sealed record AspireManifest(IReadOnlyDictionary<string, AspireResource> Resources)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static AspireManifest Parse(string json)
    {
        var document = JsonSerializer.Deserialize<ManifestDocument>(json, Json)
            ?? throw new InvalidDataException("The Aspire manifest is empty.");
        return new AspireManifest(document.Resources ?? throw new InvalidDataException("The Aspire manifest has no 'resources'."));
    }

    public AspireResource this[string name] =>
        Resources.TryGetValue(name, out var resource)
            ? resource
            : throw new InvalidDataException($"The Aspire manifest has no resource '{name}'.");

    /// <summary>The .NET projects (<c>project.v0</c>), by name in ordinal order.</summary>
    public IEnumerable<KeyValuePair<string, AspireResource>> Projects =>
        Resources.Where(r => r.Value.Type == AspireResourceTypes.Project).OrderBy(r => r.Key, StringComparer.Ordinal);

    /// <summary>The secret parameters (<c>parameter.v0</c> with a secret input), by name in ordinal order.</summary>
    public IEnumerable<string> SecretParameters =>
        Resources.Where(r => r.Value.IsSecretParameter).Select(r => r.Key).Order(StringComparer.Ordinal);

    private sealed record ManifestDocument(Dictionary<string, AspireResource>? Resources);
}

/// <summary>One resource of the Aspire manifest (<c>project.v0</c>, <c>container.v0</c>, <c>parameter.v0</c>, ...).</summary>
public sealed record AspireResource
{
    public required string Type { get; init; }

    public string? Path { get; init; }

    public string? Image { get; init; }

    public string? Entrypoint { get; init; }

    public IReadOnlyList<string>? Args { get; init; }

    public string? ConnectionString { get; init; }

    public string? Value { get; init; }

    /// <summary>For <c>annotated.string</c>: how the value is transformed (e.g. <c>uri</c> encoding).</summary>
    public string? Filter { get; init; }

    public IReadOnlyDictionary<string, string>? Env { get; init; }

    public IReadOnlyDictionary<string, AspireBinding>? Bindings { get; init; }

    public IReadOnlyList<AspireVolume>? Volumes { get; init; }

    public IReadOnlyDictionary<string, AspireParameterInput>? Inputs { get; init; }

    [JsonIgnore]
    public bool IsSecretParameter =>
        Type == AspireResourceTypes.Parameter && Inputs?.Values.Any(i => i.Secret) == true;
}

/// <summary>An endpoint of a resource: <c>targetPort</c> is the port the process listens on.</summary>
public sealed record AspireBinding(string Scheme, string Protocol, string Transport, int? Port, int? TargetPort, bool External);

public sealed record AspireVolume(string Name, string Target, bool ReadOnly);

public sealed record AspireParameterInput(string Type, bool Secret);
