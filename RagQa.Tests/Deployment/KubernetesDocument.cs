using System.Text.Json.Nodes;

namespace RagQa.Tests.Deployment;

/// <summary>
/// One object of a manifest file: as JSON (for generic checks and schema validation) and, for the core API
/// groups, as the KubernetesClient model it parsed strictly into (null for custom resources such as KEDA's).
/// </summary>
public sealed record KubernetesDocument(string File, JsonObject Json, object? Model)
{
    public string ApiVersion => (string?)Json["apiVersion"] ?? "";

    public string Kind => (string?)Json["kind"] ?? "";

    public string Name => (string?)Json["metadata"]?["name"] ?? "";

    public bool IsKeda => ApiVersion.StartsWith("keda.sh/", StringComparison.Ordinal);

    public T As<T>() where T : class =>
        Model as T ?? throw new InvalidOperationException($"{this} is not a {typeof(T).Name}.");

    public override string ToString() => $"{Kind}/{Name} ({DeploymentRepository.Relative(File)})";
}
