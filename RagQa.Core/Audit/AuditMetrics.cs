using System.Diagnostics.Metrics;

namespace RagQa.Core.Audit;

/// <summary>The instruments of the "RagQa.Audit" meter.</summary>
internal sealed class AuditMetrics
{
    public const string MeterName = "RagQa.Audit";

    private readonly Counter<long> _recorded;
    private readonly Counter<long> _publishFailures;

    public AuditMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _recorded = meter.CreateCounter<long>("ragqa.audit.events", "{event}", "Audit events published to the audit queue, by action.");
        _publishFailures = meter.CreateCounter<long>("ragqa.audit.publish_failures", "{event}",
            "Audit events that could not be published (broker unavailable), by action: alert on any.");
    }

    public void Recorded(string action) => _recorded.Add(1, Action(action));

    public void PublishFailed(string action) => _publishFailures.Add(1, Action(action));

    private static KeyValuePair<string, object?> Action(string action) => new("action", action);
}
