using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Trace;
using RagQa.ServiceDefaults.Tracing;

namespace RagQa.Tests.ServiceDefaults;

/// <summary>The services' sampler, as ConfigureOpenTelemetry sets it, over spans of a source of this test's own.</summary>
public sealed class BackgroundClientCallSamplerTests : IDisposable
{
    private readonly ActivitySource _source = new("RagQa.Tests.Sampler." + Guid.NewGuid().ToString("N"));
    private readonly List<Activity> _exported = [];
    private readonly TracerProvider _tracing;

    public BackgroundClientCallSamplerTests() =>
        _tracing = Sdk.CreateTracerProviderBuilder()
            .SetSampler(new ParentBasedSampler(new BackgroundClientCallSampler()))
            .AddSource(_source.Name)
            .AddInMemoryExporter(_exported)
            .Build()!;

    public void Dispose()
    {
        _tracing.Dispose();
        _source.Dispose();
    }

    [Fact]
    public void A_client_call_that_starts_a_trace_of_its_own_is_not_traced()
    {
        // As the document gauge's refresh: a database command with no request behind it.
        using (_source.StartActivity("postgresql", ActivityKind.Client)) { }
        using (_source.StartActivity("CONNECT", ActivityKind.Client)) { }

        _tracing.ForceFlush();
        Assert.Empty(_exported);
    }

    [Theory]
    [InlineData(ActivityKind.Server)]
    [InlineData(ActivityKind.Consumer)]
    [InlineData(ActivityKind.Internal)]
    public void A_client_call_inside_a_request_a_message_or_our_own_span_is_traced_with_it(ActivityKind parentKind)
    {
        using (_source.StartActivity("work", parentKind))
        {
            using (_source.StartActivity("postgresql", ActivityKind.Client)) { }
        }

        _tracing.ForceFlush();
        Assert.Equal(["postgresql", "work"], _exported.Select(a => a.DisplayName));
    }
}
