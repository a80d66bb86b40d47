using System.Diagnostics.Metrics;

namespace RagQa.Core.Ingestion;

/// <summary>
/// The "RagQa.Ingestion" meter: chunks through each ingestion stage (<c>ragqa.ingestion.chunks</c>, stage=chunked
/// by the ingest worker, stage=embedded by the embed worker); its rate is the ingestion throughput in chunks/s.
/// </summary>
public sealed class IngestionMetrics
{
    public const string MeterName = "RagQa.Ingestion";

    public const string Chunked = "chunked", Embedded = "embedded";

    private readonly Counter<long> _chunks;

    public IngestionMetrics(IMeterFactory meterFactory)
    {
        _chunks = meterFactory.Create(MeterName).CreateCounter<long>(
            "ragqa.ingestion.chunks", "{chunk}", "Chunks stored (stage=chunked) and embedded into the vector store (stage=embedded), by collection.");
    }

    public void ChunksDone(string stage, string collection, long count) =>
        _chunks.Add(count, new KeyValuePair<string, object?>("stage", stage), new("collection", collection));
}
