using System.Xml.Linq;

namespace RagQa.Tests.Delivery;

/// <summary>scripts/ci/lint.sh in dry-run mode: dotnet format must find nothing to change, and the build treats warnings as errors.</summary>
public sealed class LintScriptTests
{
    [Fact]
    public async Task Verifies_formatting_then_builds_with_warnings_as_errors()
    {
        var result = await CiScript.DryRunAsync("lint.sh", []);

        Assert.True(result.ExitCode == 0, result.ToString());
        var commands = CiScript.Commands(result);
        Assert.Contains("dotnet format RagQa.sln --verify-no-changes --no-restore -v minimal", commands);
        Assert.Contains(commands, c => c.StartsWith("dotnet build RagQa.sln -c Release", StringComparison.Ordinal) && c.EndsWith("-p:TreatWarningsAsErrors=true", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_build_treats_warnings_as_errors()
    {
        var props = XDocument.Load(Path.Combine(DeliveryRepository.Root, "Directory.Build.props"));

        Assert.Equal("true", props.Descendants("TreatWarningsAsErrors").Single().Value);
    }
}
