using k8s.Models;
using RagQa.Deployment.AspireModel;
using RagQa.Deployment.Plan;

namespace RagQa.Deployment.Kubernetes;

/// <summary>
/// One Aspire project on its way to Kubernetes: its manifest resource, its plan, its image, its environment
/// resolved for the cluster (split into what every service shares, the ConfigMap, and what is its own or secret),
/// and the containers it references.
/// </summary>
public sealed record ProjectWorkload(
    string Name,
    AspireResource Resource,
    ServicePlan Plan,
    string Image,
    IReadOnlyDictionary<string, ResolvedValue> OwnEnvironment,
    IReadOnlyList<string> Containers)
{
    /// <summary>An externally reachable binding makes the service the system's front door.</summary>
    public bool IsExternal => Resource.Bindings?.Values.Any(b => b.External) == true;

    public string Component => IsExternal ? "api" : "worker";

    /// <summary>The name and labels every object generated for this project carries.</summary>
    public V1ObjectMeta ObjectMetadata() => new() { Name = Name, Labels = RagQaLabels.For(Name, Component) };

    public IEnumerable<KeyValuePair<string, AspireBinding>> Bindings =>
        (Resource.Bindings ?? new Dictionary<string, AspireBinding>()).OrderBy(b => b.Key, StringComparer.Ordinal);

    /// <summary>The binding that serves /health, /alive and /metrics.</summary>
    public string HttpBindingName =>
        Bindings.Where(b => b.Value.Scheme == "http").Select(b => b.Key).FirstOrDefault()
            ?? throw new InvalidDataException($"'{Name}' has no http binding to probe /alive and /health on.");

    public IEnumerable<string> SecretParameters =>
        OwnEnvironment.Values.SelectMany(v => v.SecretParameters).Distinct().Order(StringComparer.Ordinal);
}
