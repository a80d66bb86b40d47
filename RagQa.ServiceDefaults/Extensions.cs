using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RagQa.ServiceDefaults.Health;
using RagQa.ServiceDefaults.PipelineStages;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The standard Aspire service defaults: OpenTelemetry (OTLP + Prometheus), health checks,
/// service discovery and HTTP resilience. Every RagQa service calls <see cref="AddServiceDefaults{TBuilder}"/>.
/// </summary>
public static class Extensions
{
    /// <summary>Prefix shared by every custom ActivitySource and Meter of the project.</summary>
    public const string RagQaTelemetryPrefix = "RagQa.";

    public const string MetricExportIntervalKey = "OTEL_METRIC_EXPORT_INTERVAL";
    public const string DefaultMetricExportIntervalMilliseconds = "10000";

    private const string HealthEndpointPath = "/health";
    private const string AlivenessEndpointPath = "/alive";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });
        // Polly logs every HTTP call it wraps at Information ("Resilience pipeline executed"): noise in every log
        // stream. Its retries, timeouts and broken circuits are Warnings and still get through.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);

        // Per-stage latency histograms from the spans (meter RagQa.Pipeline, picked up by the RagQa.* rule below).
        builder.Services.AddHostedService<PipelineStageRecorder>();
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(RagQaTelemetryPrefix + "*")
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(RagQaTelemetryPrefix + "*")
                .AddAspNetCoreInstrumentation(options =>
                    // Probes and scrapes would drown the real requests.
                    options.Filter = context =>
                        !context.Request.Path.StartsWithSegments(HealthEndpointPath)
                        && !context.Request.Path.StartsWithSegments(AlivenessEndpointPath)
                        && !context.Request.Path.StartsWithSegments("/metrics"))
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // The SDK pushes metrics every 60 s by default; 10 s keeps dashboards and alerts under 30 s stale.
            // An explicit OTEL_METRIC_EXPORT_INTERVAL (the Aspire dashboard sets 1 s locally) wins.
            builder.Configuration[MetricExportIntervalKey] ??= DefaultMetricExportIntervalMilliseconds;
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [HealthTags.Live]);
        // After every Configure: checks registered later by the service's own extensions are dependencies too.
        builder.Services.PostConfigure<HealthCheckServiceOptions>(DependencyChecksDegrade.Apply);
        return builder;
    }

    /// <summary>
    /// Maps /health (readiness: every registered check; a failing dependency degrades it and it still answers 200,
    /// a failing <see cref="HealthTags.Ready"/> check answers 503), /alive (liveness) and /metrics (Prometheus).
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthEndpointPath);
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Live),
        });
        app.MapPrometheusScrapingEndpoint();
        return app;
    }
}
