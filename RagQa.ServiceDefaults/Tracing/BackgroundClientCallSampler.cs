using System.Diagnostics;
using OpenTelemetry.Trace;

namespace RagQa.ServiceDefaults.Tracing;

/// <summary>
/// The root sampler of every service (under <see cref="ParentBasedSampler"/>): a client call — a database command, a
/// connection being opened, a Redis or HTTP call — that starts a trace of its own was made by no request, message or
/// job of ours. That is periodic polling (the document gauge's refresh every 10 s, health checks, whose request spans
/// are filtered out) or a connection opened in the background, and such traces buried the <c>POST /query</c> traces an
/// operator looks for. They are dropped; their durations stay in the libraries' metrics. A client call inside a
/// request or a message keeps its parent's decision, so traces of real work are whole.
/// </summary>
public sealed class BackgroundClientCallSampler : Sampler
{
    private static readonly SamplingResult Drop = new(SamplingDecision.Drop);
    private static readonly SamplingResult Keep = new(SamplingDecision.RecordAndSample);

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.Kind == ActivityKind.Client ? Drop : Keep;
}
