using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;

namespace RagQa.Tests.Deployment;

/// <summary>
/// Renders a kustomization with the kustomize built into kubectl (<c>kubectl kustomize DIR</c>, offline, no cluster):
/// the objects <c>kubectl apply -k DIR</c> would send, with resources, components, patches, images and namespace
/// applied by kustomize itself. kubectl is a prerequisite of the tests: without it they fail and say so.
/// The build runs on a copy of the repository's deployment folders in which the git-ignored Secret env file is the
/// committed example (<see cref="DeploymentRepository.SecretsEnvExample"/>): the tests never see real secrets, and
/// need none.
/// </summary>
public static class KubectlKustomize
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    // Each folder is rendered once per test run; the tests only read the objects.
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<KubernetesDocument>>> Builds = new();

    /// <summary>The objects of the build, each parsed as <see cref="KubernetesDocumentReader"/> does (strictly, for core kinds).</summary>
    public static IReadOnlyList<KubernetesDocument> Build(string directory) =>
        Builds.GetOrAdd(Path.GetFullPath(directory), full => new Lazy<IReadOnlyList<KubernetesDocument>>(() => Render(full))).Value;

    private static readonly Lazy<string> Copy = new(CopyDeploymentFolders);

    private static IReadOnlyList<KubernetesDocument> Render(string directory)
    {
        var start = new ProcessStartInfo("kubectl")
        {
            ArgumentList = { "kustomize", Path.Combine(Copy.Value, Path.GetRelativePath(DeploymentRepository.Root, directory)) },
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

    private static string CopyDeploymentFolders()
    {
        var root = Directory.CreateTempSubdirectory("ragqa-kustomize-").FullName;
        foreach (var folder in new[] { DeploymentRepository.AspirateOutput, DeploymentRepository.Manifests })
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, Path.GetRelativePath(DeploymentRepository.Root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        var secrets = Path.Combine(root, Path.GetRelativePath(DeploymentRepository.Root, DeploymentRepository.SecretsEnvExample));
        File.Copy(secrets, Path.ChangeExtension(secrets, null), overwrite: true);
        return root;
    }
}
