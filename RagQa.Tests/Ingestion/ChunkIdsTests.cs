using RagQa.Core.Chunks;

namespace RagQa.Tests.Ingestion;

public sealed class ChunkIdsTests
{
    private static readonly Guid Document = Guid.Parse("0192b6a4-0000-7000-8000-000000000001");

    [Fact]
    public void The_same_document_and_ordinal_always_give_the_same_id() =>
        Assert.Equal(ChunkIds.Chunk(Document, 7), ChunkIds.Chunk(Document, 7));

    [Fact]
    public void Chunks_batches_and_documents_never_share_ids()
    {
        var ids = new[] { ChunkIds.Chunk(Document, 0), ChunkIds.Chunk(Document, 1), ChunkIds.EmbedBatch(Document, 0), ChunkIds.Chunk(Guid.NewGuid(), 0) };

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Ids_are_rfc_9562_version_8()
    {
        var text = ChunkIds.Chunk(Document, 3).ToString();

        Assert.Equal('8', text[14]);
        Assert.Contains(text[19], "89ab");
    }
}
