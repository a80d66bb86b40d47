namespace RagQa.Tests.Monitoring;

/// <summary>One alerting rule of monitoring/prometheus/alerts.yml.</summary>
public sealed record AlertRule(string Name, string Expression, IReadOnlyDictionary<string, string> Annotations);
