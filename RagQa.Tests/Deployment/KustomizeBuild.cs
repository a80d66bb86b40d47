using RagQa.Deployment.Kustomize;

namespace RagQa.Tests.Deployment;

/// <summary>
/// What <c>kustomize build</c> of a folder would start from, without kustomize: the object files its
/// kustomization names (through nested kustomizations and components), the patches, the images and the
/// namespace. Every file or folder a kustomization names must exist, and a resource folder must hold a
/// kustomization, or the build fails here as it would there.
/// </summary>
public sealed class KustomizeBuild
{
    private KustomizeBuild(IReadOnlyList<string> files, IReadOnlyList<KustomizePatch> patches, IReadOnlyList<KustomizeImage> images, string? ns)
    {
        Files = files;
        Patches = patches;
        Images = images;
        Namespace = ns;
    }

    public IReadOnlyList<string> Files { get; }

    public IReadOnlyList<KustomizePatch> Patches { get; }

    public IReadOnlyList<KustomizeImage> Images { get; }

    public string? Namespace { get; }

    public static KustomizeBuild Of(string directory)
    {
        var files = new List<string>();
        var patches = new List<KustomizePatch>();
        var images = new List<KustomizeImage>();
        var ns = Collect(Path.GetFullPath(directory), files, patches, images, [], expectComponent: false);
        return new KustomizeBuild(files, patches, images, ns);
    }

    public static Kustomization Read(string directory)
    {
        var file = Path.Combine(directory, "kustomization.yaml");
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"{DeploymentRepository.Relative(directory)} is named as a kustomization but has no kustomization.yaml.", file);
        }
        return Kustomization.Parse(File.ReadAllText(file));
    }

    private static string? Collect(
        string directory, List<string> files, List<KustomizePatch> patches, List<KustomizeImage> images, HashSet<string> visiting, bool expectComponent)
    {
        if (!visiting.Add(directory))
        {
            throw new InvalidDataException($"Kustomization cycle through {DeploymentRepository.Relative(directory)}.");
        }
        var kustomization = Read(directory);
        var expectedKind = expectComponent ? "Component" : "Kustomization";
        if (kustomization.Kind != expectedKind)
        {
            throw new InvalidDataException($"{DeploymentRepository.Relative(directory)} is a {kustomization.Kind}, named where a {expectedKind} belongs.");
        }

        string? ns = null;
        foreach (var entry in kustomization.Resources ?? [])
        {
            var path = Path.GetFullPath(Path.Combine(directory, entry));
            if (Directory.Exists(path))
            {
                ns = Collect(path, files, patches, images, visiting, expectComponent: false) ?? ns;
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"{DeploymentRepository.Relative(directory)}/kustomization.yaml names '{entry}', which does not exist.", path);
            }
        }
        foreach (var entry in kustomization.Components ?? [])
        {
            Collect(Path.GetFullPath(Path.Combine(directory, entry)), files, patches, images, visiting, expectComponent: true);
        }
        foreach (var patch in kustomization.Patches ?? [])
        {
            if (patch.Path is { } patchFile && !File.Exists(Path.Combine(directory, patchFile)))
            {
                throw new FileNotFoundException($"{DeploymentRepository.Relative(directory)}/kustomization.yaml names the patch '{patchFile}', which does not exist.");
            }
            patches.Add(patch);
        }
        images.AddRange(kustomization.Images ?? []);
        visiting.Remove(directory);
        return kustomization.Namespace ?? ns;
    }
}
