using System.Text.Json;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Deployment;

/// <summary>Issue #19, item 14 (part): what local mode exposes beyond its own processes.</summary>
public sealed class LocalModeHardeningTests
{
    [Fact]
    public void The_dashboard_asks_for_its_browser_token()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(
            Path.Combine(LocalServers.RepositoryRoot(), "RagQa.AppHost", "Properties", "launchSettings.json")));

        foreach (var profile in settings.RootElement.GetProperty("profiles").EnumerateObject())
        {
            Assert.False(profile.Value.TryGetProperty("environmentVariables", out var environment)
                && environment.TryGetProperty("ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS", out _),
                $"profile '{profile.Name}' lets anyone on the dashboard, which shows the services' environment (Auth__AdminApiKey)");
        }
    }

    [Fact]
    public void The_erlang_port_mapper_started_for_rabbitmq_listens_on_loopback_only()
    {
        var script = File.ReadAllLines(Path.Combine(LocalServers.RepositoryRoot(), "scripts", "local", "rabbitmq.sh"));

        Assert.Contains("export ERL_EPMD_ADDRESS=127.0.0.1", script);
        Assert.True(Array.IndexOf(script, "export ERL_EPMD_ADDRESS=127.0.0.1") < Array.FindIndex(script, l => l.StartsWith("exec ", StringComparison.Ordinal)));
    }
}
