namespace RagQa.Deployment.Generation;

/// <summary>Writes the generated files and removes the YAML files of an earlier run that are no longer generated.</summary>
public static class GeneratedFileWriter
{
    public static void Write(string outputDirectory, IReadOnlyList<GeneratedFile> files)
    {
        var root = Path.GetFullPath(outputDirectory);
        var wanted = files.Select(f => Path.GetFullPath(Path.Combine(root, f.RelativePath))).ToHashSet(StringComparer.Ordinal);
        if (Directory.Exists(root))
        {
            foreach (var stale in Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories).Where(f => !wanted.Contains(f)))
            {
                File.Delete(stale);
            }
        }
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }
    }
}
