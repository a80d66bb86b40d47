using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Npgsql;
using RagQa.Core.Data;
using RagQa.Core.Documents;

namespace RagQa.Tests.Documents;

public sealed class DocumentStatusMetricsTests
{
    [Fact]
    public async Task The_document_counts_are_not_polled_before_the_schema_is_migrated()
    {
        // Nothing listens on port 1: every poll fails at once and is logged, so the log shows whether one was made.
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=ragqa;Database=ragqa;Timeout=2");
        using var provider = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var logger = new FakeLogger<DocumentStatusMetrics>();
        var readiness = new DatabaseReadiness();
        using var metrics = new DocumentStatusMetrics(
            provider.GetRequiredService<IMeterFactory>(), new DocumentStore(dataSource, TimeProvider.System), readiness, TimeProvider.System, logger);

        await metrics.StartAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var beforeReady = logger.Collector.Count;
        readiness.MarkReady();
        for (var waited = 0; logger.Collector.Count == 0 && waited < 100; waited++) await Task.Delay(TimeSpan.FromMilliseconds(100));
        await metrics.StopAsync(CancellationToken.None);

        Assert.Equal(0, beforeReady);
        Assert.Equal("Document counts not refreshed", logger.Collector.LatestRecord.Message);
    }
}
