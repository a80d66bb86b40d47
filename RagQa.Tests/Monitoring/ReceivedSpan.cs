namespace RagQa.Tests.Monitoring;

/// <summary>One span as a service exported it over OTLP: ids in lower-case hex, <see cref="ParentSpanId"/> empty for a root.</summary>
public sealed record ReceivedSpan(
    string Service,
    string TraceId,
    string SpanId,
    string ParentSpanId,
    string Name,
    IReadOnlyDictionary<string, string> Attributes);
