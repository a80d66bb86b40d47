namespace RagQa.AppHost;

/// <summary>
/// The Debian prometheus run by scripts/local/prometheus.sh (local mode) with monitoring/prometheus/prometheus.yml
/// and alerts.yml, on a loopback port; its scrape targets are files the AppHost writes into <see cref="TargetsDirectory"/>.
/// </summary>
public sealed class LocalPrometheusResource(string name, string workingDirectory, string dataDirectory)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithEndpoints
{
    internal const string PrimaryEndpointName = "http";

    /// <summary>One <c>JOB.json</c> file_sd file per scrape job of prometheus.yml.</summary>
    public string TargetsDirectory { get; } = Path.Combine(dataDirectory, "targets");
}
