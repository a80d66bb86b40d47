using RagQa.Core.Embeddings;

namespace RagQa.Tests.Embeddings;

[Collection(MiniLmCollection.Name)]
public sealed class MiniLmEmbeddingGeneratorTests(MiniLmFixture fixture)
{
    [Fact]
    public async Task Ranks_a_reworded_review_above_an_unrelated_one()
    {
        var generated = await fixture.MiniLm.GenerateAsync(
            ["o produto chegou quebrado", "produto chegou todo quebrado, pessimo", "entrega rápida, recomendo a loja"]);

        var reworded = VectorAssert.Cosine(generated[0].Vector, generated[1].Vector);
        var unrelated = VectorAssert.Cosine(generated[0].Vector, generated[2].Vector);

        Assert.True(reworded > unrelated, $"reworded {reworded} should exceed unrelated {unrelated}");
    }

    [Fact]
    public async Task Vectors_are_384_dimensional_unit_vectors_tagged_with_the_model()
    {
        var generated = await fixture.MiniLm.GenerateAsync(["Gostei muito do produto", "", "Hello"]);

        Assert.All(generated, e =>
        {
            Assert.Equal(MiniLmEmbeddingGenerator.Dimensions, e.Vector.Length);
            Assert.Equal(MiniLmEmbeddingGenerator.ModelId, e.ModelId);
            VectorAssert.UnitLength(e.Vector.Span);
        });
        Assert.Equal(new EmbeddingModelInfo("sentence-transformers/all-MiniLM-L6-v2", 384), fixture.MiniLm.GetService(typeof(EmbeddingModelInfo)));
    }

    [Fact]
    public async Task Accents_do_not_change_the_vector()
    {
        var generated = await fixture.MiniLm.GenerateAsync(["Reclamação: não recebi o produto", "reclamacao: nao recebi o produto"]);

        VectorAssert.Close(generated[0].Vector.Span, generated[1].Vector.Span, 1e-5f, "accent-folded text");
    }

    [Fact]
    public async Task Returns_vectors_in_input_order_whatever_the_lengths()
    {
        string[] texts = ["um texto bem mais longo do que os outros textos desta lista de exemplo", "curto", "médio tamanho aqui"];

        var together = await fixture.MiniLm.GenerateAsync(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            var alone = (await fixture.MiniLm.GenerateAsync([texts[i]]))[0].Vector;
            VectorAssert.Close(alone.Span, together[i].Vector.Span, 1e-5f, texts[i]);
        }
    }

    [Fact]
    public async Task Concurrent_calls_give_the_same_vectors_as_one_call()
    {
        var texts = Enumerable.Range(0, 24).Select(i => $"pedido {i} entregue com {i % 4} dias de atraso").ToArray();
        var sequential = await fixture.MiniLm.GenerateAsync(texts);

        var concurrent = await Task.WhenAll(texts.Chunk(3).Select(chunk => Task.Run(() => fixture.MiniLm.GenerateAsync(chunk))));

        var flattened = concurrent.SelectMany(g => g).ToList();
        for (var i = 0; i < texts.Length; i++) VectorAssert.Close(sequential[i].Vector.Span, flattened[i].Vector.Span, 1e-5f, texts[i]);
    }

    [Fact]
    public async Task One_thread_per_call_gives_the_same_vectors_as_the_runtime_s_default()
    {
        // The fixture's generator runs with ONNX Runtime's default threads; the services run one thread per call.
        string[] texts = ["o produto chegou quebrado", "entrega rápida, recomendo a loja", "my order never arrived"];
        using var oneThread = new MiniLmEmbeddingGenerator(threadsPerCall: 1);

        var expected = await fixture.MiniLm.GenerateAsync(texts);
        var actual = await oneThread.GenerateAsync(texts);

        for (var i = 0; i < texts.Length; i++) VectorAssert.Close(expected[i].Vector.Span, actual[i].Vector.Span, 1e-5f, texts[i]);
    }

    [Fact]
    public void Session_options_set_the_threads_per_call_without_spinning_or_leave_the_runtime_s_defaults()
    {
        Assert.Null(OnnxSessionOptions.Create(null));
        using var options = OnnxSessionOptions.Create(1);
        Assert.Equal(1, options!.IntraOpNumThreads);
    }
}
