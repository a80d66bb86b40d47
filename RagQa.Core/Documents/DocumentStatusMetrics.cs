using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using RagQa.Core.Data;
using RagQa.Core.Text;

namespace RagQa.Core.Documents;

/// <summary>
/// The <c>ragqa.documents</c> gauge (documents by status), refreshed from Postgres every <see cref="RefreshInterval"/>
/// by one service (the API): an observable gauge's callback is synchronous and must not wait on the database, so it
/// reports the last refresh. It starts once the schema is migrated (<see cref="DatabaseReadiness"/>): before that there is
/// no documents table, and each poll would log an error in Postgres. Every replica reports the same totals; dashboards
/// take the max.
/// </summary>
public sealed class DocumentStatusMetrics : BackgroundService
{
    public const string MeterName = "RagQa.Documents";

    /// <summary>Within Prometheus's scrape interval, so a panel is never more than one refresh behind.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(10);

    private readonly DocumentStore documents;
    private readonly TimeProvider time;
    private readonly ILogger<DocumentStatusMetrics> logger;
    private readonly DatabaseReadiness readiness;
    private IReadOnlyDictionary<DocumentStatus, long> latest = new Dictionary<DocumentStatus, long>();

    public DocumentStatusMetrics(
        IMeterFactory meterFactory, DocumentStore documents, DatabaseReadiness readiness, TimeProvider time, ILogger<DocumentStatusMetrics> logger)
    {
        this.readiness = readiness;
        this.documents = documents;
        this.time = time;
        this.logger = logger;
        meterFactory.Create(MeterName).CreateObservableGauge("ragqa.documents",
            () => Volatile.Read(ref latest).Select(c => new Measurement<long>(c.Value, new KeyValuePair<string, object?>("status", EnumText.Of(c.Key)))),
            "{document}", $"Documents at each ingestion stage ({string.Join(", ", EnumText.All<DocumentStatus>())}).");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(RefreshInterval, time);
        do
        {
            try
            {
                Volatile.Write(ref latest, await documents.CountByStatusAsync(stoppingToken));
            }
            catch (NpgsqlException ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A database outage is reported by /health.
                logger.LogDebug(ex, "Document counts not refreshed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
