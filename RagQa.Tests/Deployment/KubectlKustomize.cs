using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;

namespace RagQa.Tests.Deployment;

/// <summary>
/// Renders a kustomization with the kustomize built into kubectl (<c>kubectl kustomize DIR</c>, offline, no cluster):
/// the objects <c>kubectl apply -k DIR</c> would send, with resources, components, patches, images and namespace
/// applied by kustomize itself. kubectl is a prerequisite of the tests: without it they fail and say so.
/// </summary>
public static class KubectlKustomize
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    // Each folder is rendered once per test run; the tests only read the objects.
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<KubernetesDocument>>> Builds = new();

    /// <summary>The objects of the build, each parsed as <see cref="KubernetesDocumentReader"/> does (strictly, for core kinds).</summary>
    public static IReadOnlyList<KubernetesDocument> Build(string directory) =>
        Builds.GetOrAdd(Path.GetFullPath(directory), full => new Lazy<IReadOnlyList<KubernetesDocument>>(() => Render(full))).Value;

    private static IReadOnlyList<KubernetesDocument> Render(string directory)
    {
        var start = new ProcessStartInfo("kubectl")
        {
            ArgumentList = { "kustomize", directory },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                "kubectl was not found on PATH. The deployment tests render the manifests with `kubectl kustomize` " +
                "(offline, no cluster needed): install kubectl 1.27 or later and run the tests again.", ex);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"kubectl kustomize {DeploymentRepository.Relative(directory)} did not finish within {Timeout}.");
            }
            if (process.ExitCode != 0)
            {
                throw new InvalidDataException(
                    $"kubectl kustomize {DeploymentRepository.Relative(directory)} failed (exit code {process.ExitCode}): {errors.Result.Trim()}");
            }
            return KubernetesDocumentReader.Read(output.Result, directory);
        }
    }
}
