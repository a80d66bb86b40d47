using System.Diagnostics.Metrics;

namespace RagQa.Core.Escalation;

/// <summary>The instruments of the "RagQa.Escalation" meter.</summary>
internal sealed class EscalationMetrics
{
    public const string MeterName = "RagQa.Escalation";

    private readonly Counter<long> _created;
    private readonly Counter<long> _resolved;

    public EscalationMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _created = meter.CreateCounter<long>("ragqa.escalations.created", "{escalation}", "Escalations opened, by reason and source.");
        _resolved = meter.CreateCounter<long>("ragqa.escalations.resolved", "{escalation}", "Escalations resolved by a support agent, by reason.");
    }

    public void Created(string reason, string source) =>
        _created.Add(1, new KeyValuePair<string, object?>("reason", reason), new KeyValuePair<string, object?>("source", source));

    public void Resolved(string reason) => _resolved.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
