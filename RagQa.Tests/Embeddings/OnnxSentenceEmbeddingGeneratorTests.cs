using Microsoft.Extensions.AI;
using RagQa.Core.Embeddings;

namespace RagQa.Tests.Embeddings;

[Collection(MiniLmCollection.Name)]
public sealed class OnnxSentenceEmbeddingGeneratorTests(MiniLmFixture fixture)
{
    /// <summary>
    /// Texts the package's simplified tokenizer splits exactly as BERT does: no accents, no 1–2 letter words
    /// missing from the vocabulary, no emoji or non-ASCII punctuation.
    /// </summary>
    private static readonly string[] Plain =
    [
        "o produto chegou quebrado e a loja nao respondeu",
        "Entrega rapida, recomendo a loja!",
        "Comprei duas unidades mas veio apenas uma.",
        "Produto de otima qualidade, chegou antes do prazo.",
        "The delivery was late and the box was damaged.",
        "Great product, works exactly as described (5 stars).",
    ];

    public static TheoryData<string> PlainSentences => new(Plain);

    [Theory]
    [MemberData(nameof(PlainSentences))]
    public async Task Matches_the_package_encoder_within_1e_4(string sentence)
    {
        var expected = fixture.PackageEncoder.Encode([sentence])[0];

        var actual = (await fixture.Onnx.GenerateAsync([sentence]))[0].Vector;

        VectorAssert.Close(expected, actual.Span, 1e-4f, sentence);
    }

    [Fact]
    public async Task Matches_the_package_encoder_on_a_padded_batch()
    {
        var sentences = Plain;
        var expected = fixture.PackageEncoder.Encode(sentences);

        var actual = await fixture.Onnx.GenerateAsync(sentences);

        for (var i = 0; i < sentences.Length; i++) VectorAssert.Close(expected[i], actual[i].Vector.Span, 1e-4f, sentences[i]);
    }

    [Theory]
    [InlineData("Não recomendo, a entrega atrasou três semanas e ninguém respondeu.")]
    [InlineData("Reclamação: o produto veio com defeito e o atendimento foi péssimo…")]
    [InlineData("Ótimo! Chegou rápido e bem embalado — recomendo “muito”.")]
    public async Task Matches_the_default_embedder_on_accented_portuguese(string sentence)
    {
        var expected = (await fixture.MiniLm.GenerateAsync([sentence]))[0].Vector;

        var actual = (await fixture.Onnx.GenerateAsync([sentence]))[0].Vector;

        VectorAssert.Close(expected.Span, actual.Span, 1e-4f, sentence);
    }

    [Fact]
    public async Task Reads_dimension_and_model_id_from_the_folder_and_normalises()
    {
        var generated = await fixture.Onnx.GenerateAsync(["primeiro texto", "", "segundo texto um pouco maior"]);

        Assert.Equal(384, fixture.Onnx.Dimensions);
        Assert.Equal("all-MiniLM-L6-v2", fixture.Onnx.ModelId);
        Assert.Equal(new EmbeddingModelInfo("all-MiniLM-L6-v2", 384), fixture.Onnx.GetService<EmbeddingModelInfo>());
        Assert.Equal(3, generated.Count);
        foreach (var embedding in generated) VectorAssert.UnitLength(embedding.Vector.Span);
        Assert.True(generated.Usage?.InputTokenCount > 0);
    }

    [Fact]
    public async Task Concurrent_calls_give_the_same_vectors_as_one_call()
    {
        var sentences = Enumerable.Range(0, 24).Select(i => $"avaliação número {i}: o pedido {i * 7} chegou em {i % 5} dias").ToArray();
        var sequential = await fixture.Onnx.GenerateAsync(sentences);

        var concurrent = await Task.WhenAll(sentences.Chunk(3).Select(chunk => Task.Run(() => fixture.Onnx.GenerateAsync(chunk))));

        var flattened = concurrent.SelectMany(g => g).ToList();
        for (var i = 0; i < sentences.Length; i++) VectorAssert.Close(sequential[i].Vector.Span, flattened[i].Vector.Span, 1e-5f, sentences[i]);
    }

    [Fact]
    public async Task Query_and_passage_prefixes_are_applied_by_input_type()
    {
        using var prefixed = new OnnxSentenceEmbeddingGenerator(
            fixture.ModelFolder, modelId: "minilm-prefixed", queryPrefix: "query: ", passagePrefix: "passage: ");
        var asQuery = new EmbeddingGenerationOptions
        {
            AdditionalProperties = new AdditionalPropertiesDictionary { [EmbeddingInput.TypeProperty] = EmbeddingInput.Query },
        };

        var query = (await prefixed.GenerateAsync(["produto quebrado"], asQuery))[0].Vector;
        var passage = (await prefixed.GenerateAsync(["produto quebrado"]))[0].Vector;

        var expectedQuery = (await fixture.Onnx.GenerateAsync(["query: produto quebrado"]))[0].Vector;
        var expectedPassage = (await fixture.Onnx.GenerateAsync(["passage: produto quebrado"]))[0].Vector;
        VectorAssert.Close(expectedQuery.Span, query.Span, 1e-5f, "query");
        VectorAssert.Close(expectedPassage.Span, passage.Span, 1e-5f, "passage");
        Assert.Equal("minilm-prefixed", prefixed.ModelId);
    }

    [Fact]
    public async Task A_cancelled_token_stops_before_running_the_model()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Onnx.GenerateAsync(["texto"], cancellationToken: cancellation.Token));
    }

    [Fact]
    public void Long_texts_are_truncated_to_the_maximum_sequence_length()
    {
        var folder = SentenceTransformerFolder.Open(fixture.ModelFolder);
        var tokenizer = folder.CreateTokenizer();
        var longText = string.Join(' ', Enumerable.Repeat("entrega atrasada", 400));

        var ids = tokenizer.Encode(longText, folder.MaxSequenceLength!.Value);

        Assert.Equal(256, folder.MaxSequenceLength);
        Assert.Equal(256, ids.Length);
        Assert.Equal(101, ids[0]);
        Assert.Equal(102, ids[^1]);
    }
}
