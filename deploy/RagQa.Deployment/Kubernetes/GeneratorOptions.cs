namespace RagQa.Deployment.Kubernetes;

/// <summary>
/// The knobs of the generator. The OTLP endpoint is only a default: a patch of the ConfigMap changes it per
/// environment without regenerating. Images carry no tag here: registry and tag are set once, by the overlays'
/// release component (manifests/release).
/// </summary>
public sealed record GeneratorOptions
{
    /// <summary>Where the services send traces, metrics and logs (an OpenTelemetry Collector, OTLP/gRPC).</summary>
    public string OtlpEndpoint { get; init; } = "http://otel-collector.observability.svc.cluster.local:4317";

    /// <summary>The image of the init containers that wait for a service's readiness (busybox: sh and wget).</summary>
    public string WaitImage { get; init; } = "busybox:1.37";
}
