using RagQa.Core.Embeddings;

namespace RagQa.Tests.Embeddings;

public sealed class HashingEmbeddingGeneratorTests
{
    [Fact]
    public void Two_instances_give_identical_vectors()
    {
        using var first = new HashingEmbeddingGenerator();
        using var second = new HashingEmbeddingGenerator();

        Assert.Equal(first.Embed("O produto chegou quebrado!"), second.Embed("O produto chegou quebrado!"));
    }

    /// <summary>
    /// Pinned values: vectors stored by one process must be reproduced by every other, so the hash may never
    /// depend on the process (string.GetHashCode is randomised per process).
    /// </summary>
    [Fact]
    public void Vectors_are_stable_across_processes()
    {
        using var generator = new HashingEmbeddingGenerator(16);

        var vector = generator.Embed("Reclamação ok");

        Assert.Equal(Pinned, vector.Select(v => MathF.Round(v, 4)).ToArray());
    }

    [Theory]
    [InlineData(8)]
    [InlineData(384)]
    [InlineData(1000)]
    public async Task Vectors_have_the_configured_dimension_and_unit_length(int dimensions)
    {
        using var generator = new HashingEmbeddingGenerator(dimensions);

        var generated = await generator.GenerateAsync(["Entrega rápida, recomendo a loja", "", "!!!"]);

        Assert.All(generated, e =>
        {
            Assert.Equal(dimensions, e.Vector.Length);
            Assert.Equal(HashingEmbeddingGenerator.ModelId, e.ModelId);
            VectorAssert.UnitLength(e.Vector.Span);
        });
    }

    [Fact]
    public void Accents_and_case_do_not_matter()
    {
        using var generator = new HashingEmbeddingGenerator();

        var accented = generator.Embed("Reclamação sobre a ENTREGA");
        var plain = generator.Embed("reclamacao sobre a entrega");

        Assert.True(VectorAssert.Cosine(accented, plain) > 0.999f);
    }

    [Fact]
    public void Shared_words_and_subwords_score_above_unrelated_text()
    {
        using var generator = new HashingEmbeddingGenerator();
        var review = generator.Embed("o produto chegou quebrado");

        var similar = VectorAssert.Cosine(review, generator.Embed("produto chegou todo quebrado, pessimo"));
        var inflected = VectorAssert.Cosine(review, generator.Embed("produtos quebrados"));
        var unrelated = VectorAssert.Cosine(review, generator.Embed("entrega rápida, recomendo a loja"));

        Assert.True(similar > unrelated, $"similar {similar} vs unrelated {unrelated}");
        Assert.True(inflected > unrelated, $"inflected {inflected} vs unrelated {unrelated}");
    }

    [Fact]
    public async Task Observes_cancellation()
    {
        using var generator = new HashingEmbeddingGenerator();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => generator.GenerateAsync(["texto"], cancellationToken: new CancellationToken(canceled: true)));
    }

    private static readonly float[] Pinned =
    [
        0.1667f, -0.1667f, 0f, 0f, -0.3333f, 0.3333f, 0.1667f, 0.1667f,
        0.6667f, 0.1667f, 0.3333f, 0f, 0.1667f, -0.1667f, 0.1667f, 0f,
    ];
}
