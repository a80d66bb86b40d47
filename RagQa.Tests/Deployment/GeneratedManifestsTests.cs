using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using RagQa.Deployment.AspireModel;
using RagQa.Deployment.Generation;
using RagQa.Deployment.Kubernetes;

namespace RagQa.Tests.Deployment;

/// <summary>
/// The committed aspire-manifest.json and aspirate-output/ are what scripts/generate-manifests.sh produces now:
/// the AppHost's manifest publisher is run again into a temporary folder, the generator again into memory, and
/// any difference fails with the command that fixes it.
/// </summary>
public sealed class GeneratedManifestsTests
{
    private const string Regenerate = "Stale: run scripts/generate-manifests.sh and commit the result.";

    [Fact]
    public void AspirateOutputIsWhatTheGeneratorMakesOfTheManifest()
    {
        var manifest = AspireManifest.Parse(File.ReadAllText(DeploymentRepository.AspireManifest));
        var expected = AspirateOutputGenerator.Generate(manifest, DeploymentRepository.Root, new GeneratorOptions());

        var onDisk = Directory.EnumerateFiles(DeploymentRepository.AspirateOutput, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(DeploymentRepository.AspirateOutput, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.True(expected.Select(f => f.RelativePath).SequenceEqual(onDisk), Regenerate);
        foreach (var file in expected)
        {
            Assert.True(file.Content == File.ReadAllText(Path.Combine(DeploymentRepository.AspirateOutput, file.RelativePath)),
                $"aspirate-output/{file.RelativePath}: {Regenerate}");
        }
    }

    [Fact]
    public void TheGeneratorIsDeterministic()
    {
        var manifest = AspireManifest.Parse(File.ReadAllText(DeploymentRepository.AspireManifest));

        var first = AspirateOutputGenerator.Generate(manifest, DeploymentRepository.Root, new GeneratorOptions());
        var second = AspirateOutputGenerator.Generate(
            AspireManifest.Parse(File.ReadAllText(DeploymentRepository.AspireManifest)), DeploymentRepository.Root, new GeneratorOptions());

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task AspireManifestIsWhatTheAppHostPublishes()
    {
        var directory = Directory.CreateTempSubdirectory("ragqa-manifest-");
        try
        {
            var output = Path.Combine(directory.FullName, "aspire-manifest.json");
            await PublishManifestAsync(output);

            var published = WithRepositoryRelativePaths(JsonNode.Parse(File.ReadAllText(output))!, directory.FullName);
            var committed = JsonNode.Parse(File.ReadAllText(DeploymentRepository.AspireManifest))!;
            Assert.True(JsonNode.DeepEquals(committed, published), $"aspire-manifest.json: {Regenerate}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The publisher writes project paths relative to the manifest's folder; the committed manifest sits at the
    /// repository root.
    /// </summary>
    private static JsonNode WithRepositoryRelativePaths(JsonNode manifest, string manifestDirectory)
    {
        foreach (var (_, resource) in manifest["resources"]!.AsObject())
        {
            if (resource?["path"] is JsonValue path)
            {
                var absolute = Path.GetFullPath(Path.Combine(manifestDirectory, (string)path!));
                resource["path"] = Path.GetRelativePath(DeploymentRepository.Root, absolute).Replace('\\', '/');
            }
        }
        return manifest;
    }

    /// <summary>
    /// The same command as scripts/generate-manifests.sh, with the same clean environment (the AppHost forwards
    /// the settings it finds there into the manifest).
    /// </summary>
    private static async Task PublishManifestAsync(string output)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = DeploymentRepository.Root,
        };
        foreach (var argument in new[]
        {
            "run", "--project", "RagQa.AppHost", "--no-build", "--no-launch-profile", "-c", BuildConfiguration,
            "--", "--publisher", "manifest", "--output-path", output,
        })
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment.Clear();
        foreach (var name in new[] { "PATH", "HOME", "DOTNET_ROOT" })
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                info.Environment[name] = value;
            }
        }
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"The manifest publisher failed ({process.ExitCode}): {await stdout}{await stderr}");
    }

#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif
}
