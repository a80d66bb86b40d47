using RagQa.Core.VectorStore;
using static RagQa.Tests.VectorStore.VectorStoreTestSupport;

namespace RagQa.Tests.VectorStore;

public sealed class SpaceIndexTests
{
    private static readonly VectorSpace Space = new("c", "m", 2);
    private static readonly ChangeWatermark Watermark = new(100, []);

    [Fact]
    public async Task Searches_that_arrive_during_a_refresh_share_the_next_one()
    {
        using var index = new SpaceIndex(Space);
        var pulls = 0;
        var firstPull = new TaskCompletionSource<ChangeWatermark>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<ChangeWatermark> Pull(ChangeWatermark? since, CancellationToken ct) =>
            Interlocked.Increment(ref pulls) == 1 ? firstPull.Task : Task.FromResult(Watermark);

        var first = index.RefreshAsync(Pull, CancellationToken.None);
        var waiting = Enumerable.Range(0, 5).Select(_ => index.RefreshAsync(Pull, CancellationToken.None)).ToList();
        firstPull.SetResult(Watermark);
        await first;
        await Task.WhenAll(waiting);

        // The first refresh began before the others arrived, so they need one more, and one is enough.
        Assert.Equal(2, pulls);
    }

    [Fact]
    public async Task A_first_load_that_fails_halfway_leaves_the_index_empty_and_is_retried_in_full()
    {
        using var index = new SpaceIndex(Space);
        var batch = new VectorChangeBatch(2, 4);
        batch.AddUpsert(Id(1), Id(100), [])[0] = 1f;
        ChangeWatermark? secondSince = Watermark;

        await Assert.ThrowsAsync<TimeoutException>(() => index.RefreshAsync((_, _) =>
        {
            index.Apply(batch);
            throw new TimeoutException();
        }, CancellationToken.None));
        await index.RefreshAsync((since, _) =>
        {
            secondSince = since;
            return Task.FromResult(Watermark);
        }, CancellationToken.None);

        Assert.Equal(0, index.Count);
        Assert.Null(secondSince);
    }

    [Fact]
    public void Removing_a_row_moves_the_last_one_into_its_place_and_keeps_every_vector_findable()
    {
        using var index = new SpaceIndex(Space);
        var batch = new VectorChangeBatch(2, 8);
        for (var i = 1; i <= 4; i++)
        {
            var vector = batch.AddUpsert(Id(i), Id(100), [new("n", i.ToString())]);
            vector[0] = 1f;
            vector[1] = i;
        }
        index.Apply(batch);
        batch.Clear();
        batch.AddDeletion(Id(2));
        batch.AddDeletion(Id(9));
        index.Apply(batch);

        var hits = index.Search([0f, 1f], 10, MetadataPredicate.MatchAll);

        Assert.Equal(3, index.Count);
        Assert.Equal([Id(4), Id(3), Id(1)], hits.Select(h => h.ChunkId));
        var filtered = index.Search([0f, 1f], 10, MetadataPredicate.Compile(new VectorFilter([new("n", EqualTo: "4")])));
        Assert.Equal([Id(4)], filtered.Select(h => h.ChunkId));
    }
}
