using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Deployment;

/// <summary>Where the deployment files live in the repository (and the vendored schemas used to validate them).</summary>
public static class DeploymentRepository
{
    public static string Root { get; } = LocalServers.RepositoryRoot();

    public static string AspireManifest => Path.Combine(Root, "aspire-manifest.json");

    public static string AspirateOutput => Path.Combine(Root, "aspirate-output");

    public static string Manifests => Path.Combine(Root, "manifests");

    public static string Schemas => Path.Combine(Manifests, "schemas");

    public static string KedaCrds => Path.Combine(Schemas, "keda");

    public static string KubernetesSchemas => Path.Combine(Schemas, "kubernetes");

    /// <summary>The committed example of the git-ignored env file the overlays generate the Secret from.</summary>
    public static string SecretsEnvExample => Path.Combine(Manifests, "secrets", "ragqa-secrets.env.example");

    public static IReadOnlyList<string> Overlays { get; } = ["keda", "hpa"];

    public static string Overlay(string name) => Path.Combine(Manifests, "overlays", name);

    /// <summary>
    /// Every Kubernetes object file, generated or hand-written (kustomizations are not objects, nor are the
    /// vendored schemas).
    /// </summary>
    public static IEnumerable<string> ObjectFiles() =>
        new[] { AspirateOutput, Manifests }
            .SelectMany(d => Directory.EnumerateFiles(d, "*.yaml", SearchOption.AllDirectories))
            .Where(f => Path.GetFileName(f) != "kustomization.yaml" && !f.StartsWith(Schemas + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
