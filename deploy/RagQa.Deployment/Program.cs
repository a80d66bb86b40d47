using RagQa.Deployment.AspireModel;
using RagQa.Deployment.Generation;

// Usage: RagQa.Deployment <aspire-manifest.json> <output directory> [--otlp-endpoint URL] [--wait-image IMAGE]
// scripts/generate-manifests.sh runs the AppHost's manifest publisher and then this.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: RagQa.Deployment <aspire-manifest.json> <output directory> [--otlp-endpoint URL] [--wait-image IMAGE]");
    return 2;
}

var manifestPath = Path.GetFullPath(args[0]);
var options = GeneratorArguments.Parse(args[2..]);
var manifest = AspireManifest.Parse(File.ReadAllText(manifestPath));
var files = AspirateOutputGenerator.Generate(manifest, Path.GetDirectoryName(manifestPath)!, options);
GeneratedFileWriter.Write(args[1], files);
Console.WriteLine($"Wrote {files.Count} files to {Path.GetFullPath(args[1])}");
return 0;
