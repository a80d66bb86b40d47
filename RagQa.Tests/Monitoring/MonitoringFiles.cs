using System.Text.Json;
using RagQa.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace RagQa.Tests.Monitoring;

/// <summary>The files under monitoring/: alert rules, their promtool tests and the Grafana dashboards, read as data.</summary>
public static class MonitoringFiles
{
    public static string Directory => Path.Combine(LocalServers.RepositoryRoot(), "monitoring");

    public static string PrometheusConfig => Path.Combine(Directory, "prometheus", "prometheus.yml");

    public static string AlertRules => Path.Combine(Directory, "prometheus", "alerts.yml");

    public static IReadOnlyList<string> RuleTests => System.IO.Directory.GetFiles(Path.Combine(Directory, "prometheus", "tests"), "*.yml").Order().ToList();

    public static IReadOnlyList<string> Dashboards => System.IO.Directory.GetFiles(Path.Combine(Directory, "grafana", "dashboards"), "*.json").Order().ToList();

    /// <summary>Every alerting rule of alerts.yml.</summary>
    public static IReadOnlyList<AlertRule> Alerts()
    {
        var rules = new List<AlertRule>();
        foreach (var group in Sequence(Load(AlertRules), "groups"))
        {
            foreach (var rule in Sequence(group, "rules"))
            {
                var annotations = Mapping(rule, "annotations")?.Children.ToDictionary(p => Scalar(p.Key)!, p => Scalar(p.Value) ?? "")
                    ?? new Dictionary<string, string>();
                rules.Add(new AlertRule(Scalar(rule, "alert")!, Scalar(rule, "expr")!, annotations));
            }
        }
        return rules;
    }

    /// <summary>The alert names each promtool test file expects to fire (non-empty <c>exp_alerts</c>).</summary>
    public static IReadOnlySet<string> AlertsTestedToFire() =>
        RuleTests.SelectMany(file => Sequence(Load(file), "tests"))
            .SelectMany(test => Sequence(test, "alert_rule_test"))
            .Where(check => Sequence(check, "exp_alerts").Any())
            .Select(check => Scalar(check, "alertname")!)
            .ToHashSet();

    /// <summary>Every PromQL expression of every dashboard panel, with where it comes from ("operations.json: Query latency").</summary>
    public static IReadOnlyList<(string Source, string Expression)> DashboardExpressions()
    {
        var found = new List<(string, string)>();
        foreach (var file in Dashboards)
        {
            using var dashboard = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var panel in Panels(dashboard.RootElement))
            {
                if (!panel.TryGetProperty("targets", out var targets)) continue;
                foreach (var target in targets.EnumerateArray())
                {
                    if (target.TryGetProperty("expr", out var expr))
                    {
                        found.Add(($"{Path.GetFileName(file)}: {panel.GetProperty("title").GetString()}", expr.GetString()!));
                    }
                }
            }
        }
        return found;
    }

    /// <summary>Panels, including those nested in rows.</summary>
    public static IEnumerable<JsonElement> Panels(JsonElement dashboard)
    {
        if (!dashboard.TryGetProperty("panels", out var panels)) yield break;
        foreach (var panel in panels.EnumerateArray())
        {
            yield return panel;
            foreach (var nested in Panels(panel)) yield return nested;
        }
    }

    private static YamlNode Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(file);
        stream.Load(reader);
        return stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlNode> Sequence(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? sequence.Children
            : [];

    private static YamlMappingNode? Mapping(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    private static string? Scalar(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? Scalar(value) : null;

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;
}
