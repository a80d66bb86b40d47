using System.Diagnostics;
using System.Text.RegularExpressions;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Monitoring;

/// <summary>
/// The Prometheus configuration and alert rules as promtool sees them (the Debian prometheus package's promtool),
/// the rules' unit tests, and the links from every alert to its runbook section.
/// </summary>
public sealed partial class PrometheusRulesTests
{
    [Fact]
    public async Task Promtool_accepts_the_configuration() =>
        await AssertPromtoolSucceedsAsync("check", "config", MonitoringFiles.PrometheusConfig);

    [Fact]
    public async Task Promtool_accepts_the_alert_rules() =>
        await AssertPromtoolSucceedsAsync("check", "rules", MonitoringFiles.AlertRules);

    [Fact]
    public async Task The_alert_rules_unit_tests_pass() =>
        await AssertPromtoolSucceedsAsync(["test", "rules", .. MonitoringFiles.RuleTests]);

    [Fact]
    public void Every_alert_has_a_unit_test_in_which_it_fires()
    {
        var tested = MonitoringFiles.AlertsTestedToFire();

        var untested = MonitoringFiles.Alerts().Select(a => a.Name).Except(tested).ToList();

        Assert.True(untested.Count == 0, "alerts without a firing unit test: " + string.Join(", ", untested));
    }

    [Fact]
    public void Every_alert_links_to_its_own_section_of_the_runbook()
    {
        var anchors = File.ReadLines(Path.Combine(LocalServers.RepositoryRoot(), "docs", "runbook.md"))
            .Where(line => line.StartsWith('#'))
            .Select(line => GitHubAnchor(line.TrimStart('#').Trim()))
            .ToHashSet();
        var alerts = MonitoringFiles.Alerts();

        Assert.NotEmpty(alerts);
        foreach (var alert in alerts)
        {
            Assert.True(alert.Annotations.TryGetValue("runbook_url", out var url), $"{alert.Name} has no runbook_url");
            Assert.StartsWith("https://github.com/ragqa/ragqa/blob/main/docs/runbook.md#", url);
            var anchor = url[(url.IndexOf('#') + 1)..];
            Assert.Equal(GitHubAnchor(alert.Name), anchor);
            Assert.Contains(anchor, anchors);
        }
    }

    [Fact]
    public void Alert_expressions_compare_a_measurement_with_a_threshold()
    {
        // The end-to-end test evaluates the measurement alone; an alert without a threshold would be evaluated whole.
        Assert.All(MonitoringFiles.Alerts(), alert => Assert.NotEqual(alert.Expression.Trim(), PromQl.Measurement(alert.Expression)));
    }

    [Theory]
    [InlineData("RagQaServiceDown", "ragqaservicedown")]
    [InlineData("Drain a queue", "drain-a-queue")]
    [InlineData("Replay the dead-letter queue (DLQ)", "replay-the-dead-letter-queue-dlq")]
    public void Anchors_follow_GitHub(string heading, string anchor) => Assert.Equal(anchor, GitHubAnchor(heading));

    /// <summary>GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens.</summary>
    private static string GitHubAnchor(string heading) => NotAnchorCharacter().Replace(heading.ToLowerInvariant(), "").Replace(' ', '-');

    [GeneratedRegex(@"[^a-z0-9 _-]")]
    private static partial Regex NotAnchorCharacter();

    private static async Task AssertPromtoolSucceedsAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("promtool")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = MonitoringFiles.Directory,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("promtool did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"promtool {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
    }
}
