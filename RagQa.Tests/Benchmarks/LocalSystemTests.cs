using RagQa.Benchmarks.Live;
using RagQa.Core.Documents;

namespace RagQa.Tests.Benchmarks;

/// <summary>Issue #21: the ingest benchmark waits for every document a worker still has work on before it measures its own.</summary>
public sealed class LocalSystemTests
{
    [Fact]
    public void Earlier_work_is_every_document_between_its_upload_and_a_final_status() =>
        Assert.Equal([DocumentStatus.Queued, DocumentStatus.Parsing, DocumentStatus.Embedding], LocalSystem.InIngestion);
}
