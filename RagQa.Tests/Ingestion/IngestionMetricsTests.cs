using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using RagQa.Core.Ingestion;
using RagQa.Tests.Caching;

namespace RagQa.Tests.Ingestion;

/// <summary>The "RagQa.Ingestion" counter keeps the name, unit and tags that the dashboards and alert rules read.</summary>
public sealed class IngestionMetricsTests
{
    [Fact]
    public void Chunks_are_counted_by_stage_and_collection()
    {
        var meters = CacheTestSupport.MeterFactory();
        using var chunks = new MetricCollector<long>(meters, IngestionMetrics.MeterName, "ragqa.ingestion.chunks");

        new IngestionMetrics(meters).ChunksDone(IngestionMetrics.Embedded, "olist_reviews", 100);

        var measured = Assert.Single(chunks.GetMeasurementSnapshot());
        Assert.Equal(100, measured.Value);
        Assert.Equal("{chunk}", chunks.Instrument!.Unit);
        Assert.Equal("embedded", measured.Tags["stage"]);
        Assert.Equal("olist_reviews", measured.Tags["collection"]);
    }
}
