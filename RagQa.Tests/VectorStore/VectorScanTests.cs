using RagQa.Core.VectorStore;

namespace RagQa.Tests.VectorStore;

public sealed class VectorScanTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid D = Guid.Parse("00000000-0000-0000-0000-00000000000d");

    [Fact]
    public void Returns_the_k_most_similar_rows_best_first_with_cosine_scores()
    {
        var (vectors, ids) = Block(
            (A, [1f, 0f, 0f]),
            (B, [0f, 1f, 0f]),
            (C, [1f, 1f, 0f]),
            (D, [-1f, 0f, 0f]));
        var query = Unit([1f, 0.2f, 0f]);

        var hits = VectorScan.TopK(query, vectors, ids, 3);

        Assert.Equal([A, C, B], hits.Select(h => ids[h.Row]));
        Assert.Equal(Cosine([1f, 0.2f, 0f], [1f, 0f, 0f]), hits[0].Score, 5);
        Assert.Equal(Cosine([1f, 0.2f, 0f], [1f, 1f, 0f]), hits[1].Score, 5);
        Assert.Equal(Cosine([1f, 0.2f, 0f], [0f, 1f, 0f]), hits[2].Score, 5);
    }

    [Fact]
    public void Equal_scores_are_ordered_by_id_whatever_the_storage_order()
    {
        var (vectors, ids) = Block((D, [0f, 1f]), (B, [0f, 1f]), (C, [0f, 1f]), (A, [1f, 0f]));

        var hits = VectorScan.TopK(Unit([0f, 1f]), vectors, ids, 2);

        Assert.Equal([B, C], hits.Select(h => ids[h.Row]));
    }

    [Fact]
    public void Asking_for_more_than_there_is_returns_everything_sorted()
    {
        var (vectors, ids) = Block((A, [0f, 1f]), (B, [1f, 0f]));

        var hits = VectorScan.TopK(Unit([1f, 0f]), vectors, ids, 10);

        Assert.Equal([B, A], hits.Select(h => ids[h.Row]));
    }

    [Fact]
    public void Excluded_rows_are_never_returned()
    {
        var (vectors, ids) = Block((A, [1f, 0f]), (B, [0.9f, 0.1f]), (C, [0f, 1f]));

        var hits = VectorScan.TopK(Unit([1f, 0f]), vectors, ids, 2, row => ids[row] != A);

        Assert.Equal([B, C], hits.Select(h => ids[h.Row]));
    }

    [Fact]
    public void Zero_k_or_no_rows_gives_nothing()
    {
        var (vectors, ids) = Block((A, [1f, 0f]));

        Assert.Empty(VectorScan.TopK(Unit([1f, 0f]), vectors, ids, 0));
        Assert.Empty(VectorScan.TopK(Unit([1f, 0f]), [], [], 5));
    }

    [Fact]
    public void A_block_that_does_not_match_the_ids_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => VectorScan.TopK(Unit([1f, 0f]), new float[3], new Guid[2], 1));
    }

    [Fact]
    public void Normalize_makes_unit_length_and_leaves_zero_alone()
    {
        float[] vector = [3f, 4f];
        float[] zero = [0f, 0f];

        VectorScan.Normalize(vector);
        VectorScan.Normalize(zero);

        Assert.Equal(0.6f, vector[0], 6);
        Assert.Equal(0.8f, vector[1], 6);
        Assert.Equal([0f, 0f], zero);
    }

    [Fact]
    public void Top_k_agrees_with_a_full_sort_on_random_data()
    {
        var random = new Random(42);
        const int rows = 500, dimensions = 16;
        var vectors = new float[rows * dimensions];
        var ids = new Guid[rows];
        for (var row = 0; row < rows; row++)
        {
            // Few distinct directions, so many exact ties exercise the id tie-break.
            var direction = random.Next(20);
            for (var d = 0; d < dimensions; d++) vectors[row * dimensions + d] = (float)Math.Sin(direction * 7 + d);
            VectorScan.Normalize(vectors.AsSpan(row * dimensions, dimensions));
            ids[row] = Guid.NewGuid();
        }
        var query = Unit(Enumerable.Range(0, dimensions).Select(d => (float)Math.Cos(d)).ToArray());

        var hits = VectorScan.TopK(query, vectors, ids, 25);

        var expected = Enumerable.Range(0, rows)
            .Select(row => (Row: row, Score: System.Numerics.Tensors.TensorPrimitives.Dot(query, vectors.AsSpan(row * dimensions, dimensions))))
            .OrderByDescending(x => x.Score).ThenBy(x => ids[x.Row])
            .Take(25)
            .Select(x => x.Row);
        Assert.Equal(expected, hits.Select(h => h.Row));
    }

    private static (float[] Vectors, Guid[] Ids) Block(params (Guid Id, float[] Vector)[] rows)
    {
        var vectors = rows.SelectMany(r => Unit(r.Vector)).ToArray();
        return (vectors, rows.Select(r => r.Id).ToArray());
    }

    private static float[] Unit(float[] vector)
    {
        var copy = vector.ToArray();
        VectorScan.Normalize(copy);
        return copy;
    }

    private static float Cosine(float[] x, float[] y) => System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(x, y);
}
