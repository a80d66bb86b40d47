namespace RagQa.Deployment.Kubernetes;

/// <summary>
/// The knobs of the generator. Image tags and the OTLP endpoint are only defaults: kustomize's <c>images</c> and a
/// patch of the ConfigMap change them per environment without regenerating.
/// </summary>
public sealed record GeneratorOptions
{
    /// <summary>Where the services send traces, metrics and logs (an OpenTelemetry Collector, OTLP/gRPC).</summary>
    public string OtlpEndpoint { get; init; } = "http://otel-collector.observability.svc.cluster.local:4317";

    public string ImageTag { get; init; } = "latest";

    /// <summary>The image of the init containers that wait for a service's readiness (busybox: sh and wget).</summary>
    public string WaitImage { get; init; } = "busybox:1.37";
}
