using System.Text.Json.Nodes;
using k8s.Models;

namespace RagQa.Tests.Deployment;

/// <summary>The objects of one kustomize build (rendered by <see cref="KubectlKustomize"/>), with lookups by kind and name.</summary>
public sealed class ResourceSet(IReadOnlyList<KubernetesDocument> documents)
{
    public IReadOnlyList<KubernetesDocument> Documents { get; } = documents;

    /// <summary>The build of the folder holding a kustomization.yaml.</summary>
    public static ResourceSet Of(string kustomization) => new(KubectlKustomize.Build(kustomization));

    public static ResourceSet OfOverlay(string overlay) => Of(DeploymentRepository.Overlay(overlay));

    public IEnumerable<T> All<T>() where T : class => Documents.Select(d => d.Model).OfType<T>();

    public IEnumerable<KubernetesDocument> OfKind(string kind) => Documents.Where(d => d.Kind == kind);

    public KubernetesDocument? Find(string kind, string name) => Documents.SingleOrDefault(d => d.Kind == kind && d.Name == name);

    /// <summary>Every pod template with the workload (Deployment or StatefulSet) it belongs to.</summary>
    public IEnumerable<(KubernetesDocument Workload, V1PodTemplateSpec Template)> PodTemplates() =>
        Documents.Where(d => d.Model is V1Deployment or V1StatefulSet).Select(d => (d, Workload(d).Template));

    /// <summary>The pod template and selector of a Deployment or StatefulSet.</summary>
    public static (V1PodTemplateSpec Template, V1LabelSelector Selector) Workload(KubernetesDocument workload) => workload.Model switch
    {
        V1Deployment d => (d.Spec.Template, d.Spec.Selector),
        V1StatefulSet s => (s.Spec.Template, s.Spec.Selector),
        _ => throw new InvalidOperationException($"{workload} is not a Deployment or StatefulSet"),
    };

    /// <summary>The workloads whose pods carry every label of the selector.</summary>
    public IEnumerable<KubernetesDocument> Selected(IDictionary<string, string> selector) =>
        PodTemplates()
            .Where(t => selector.All(l => t.Template.Metadata.Labels?.TryGetValue(l.Key, out var v) == true && v == l.Value))
            .Select(t => t.Workload);

    /// <summary>The node at a '/'-separated path (array items by index), or null.</summary>
    public static JsonNode? At(JsonNode node, string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate((JsonNode?)node, (n, part) => n switch
        {
            JsonArray array => int.TryParse(part, out var index) && index < array.Count ? array[index] : null,
            JsonObject obj => obj[part],
            _ => null,
        });
}
