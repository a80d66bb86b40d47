using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Contract;

/// <summary>
/// contracts/openapi.json as a new integrator's linters see it: Redocly CLI <c>recommended</c> and Spectral
/// <c>spectral:oas</c>, with no error and no warning. Both are pinned npm packages that scripts/install.sh puts in
/// tools/openapi-lint/node_modules; like promtool and kubectl they are prerequisites of the tests, and a missing one
/// fails with the command that installs it. Rules turned off are in the config files there, each with its reason.
/// </summary>
public sealed class OpenApiLintTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static string Tools => Path.Combine(LocalServers.RepositoryRoot(), "tools", "openapi-lint");

    [Fact]
    public async Task Redocly_recommended_finds_no_error_and_no_warning()
    {
        var (_, output, _) = await RunAsync("redocly", "lint", ContractFiles.Committed, "--config", Path.Combine(Tools, "redocly.yaml"), "--format", "json");

        var report = JsonNode.Parse(output)!;
        var problems = report["problems"]!.AsArray().Select(p => $"{p!["severity"]} {p["ruleId"]}: {p["message"]} at {p["location"]?[0]?["pointer"]}");
        Assert.True((int)report["totals"]!["errors"]! + (int)report["totals"]!["warnings"]! == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Spectral_oas_finds_no_error_and_no_warning()
    {
        var (exitCode, output, errors) = await RunAsync("spectral", "lint", ContractFiles.Committed, "--ruleset", Path.Combine(Tools, ".spectral.yaml"),
            "--fail-severity", "warn", "--display-only-failures");

        Assert.True(exitCode == 0, output + errors);
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string tool, params string[] arguments)
    {
        var executable = Path.Combine(Tools, "node_modules", ".bin", tool);
        var info = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Tools };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        // Offline and quiet: no usage reports, no update checks.
        info.Environment["REDOCLY_TELEMETRY"] = "off";
        info.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"{executable} was not found: run scripts/install.sh (it installs the pinned linters with npm).", ex);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Timeout);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await error);
        }
    }
}
