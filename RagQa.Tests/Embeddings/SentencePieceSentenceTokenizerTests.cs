using RagQa.Core.Embeddings;

namespace RagQa.Tests.Embeddings;

public sealed class SentencePieceSentenceTokenizerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ragqa-spm-").FullName;

    public SentencePieceSentenceTokenizerTests() => File.WriteAllBytes(Path.Combine(folder, "model.onnx"), []);

    [Fact]
    public void Sentencepiece_bpe_model_uses_xlm_roberta_ids()
    {
        File.WriteAllBytes(Path.Combine(folder, "sentencepiece.bpe.model"), TinySentencePieceModel.Create());

        var tokenizer = SentenceTransformerFolder.Open(folder).CreateTokenizer();

        // <s>=0, pieces shifted up by one (▁o is SentencePiece id 3 → 4), </s>=2.
        Assert.Equal([0, 4, 5, 6, 7, 8, 2], tokenizer.Encode("o produto chegou quebrado", 32));
        Assert.Equal(1, tokenizer.PaddingId);
    }

    [Fact]
    public void Unknown_pieces_map_to_the_xlm_roberta_unknown_id()
    {
        File.WriteAllBytes(Path.Combine(folder, "sentencepiece.bpe.model"), TinySentencePieceModel.Create());
        var tokenizer = (SentencePieceSentenceTokenizer)SentenceTransformerFolder.Open(folder).CreateTokenizer();

        Assert.Equal(3, tokenizer.Map(0));
        Assert.Equal(4, tokenizer.Map(3));
    }

    [Fact]
    public void Tokenizer_model_keeps_sentencepiece_ids_and_truncates()
    {
        File.WriteAllBytes(Path.Combine(folder, "tokenizer.model"), TinySentencePieceModel.Create());

        var tokenizer = SentenceTransformerFolder.Open(folder).CreateTokenizer();

        Assert.Equal([1, 3, 4, 5, 6, 7, 2], tokenizer.Encode("o produto chegou quebrado", 32));
        Assert.Equal([1, 3, 4, 2], tokenizer.Encode("o produto chegou quebrado", 4));
    }

    [Fact]
    public void Tokenizer_class_selects_xlm_roberta_ids_for_tokenizer_model()
    {
        File.WriteAllBytes(Path.Combine(folder, "tokenizer.model"), TinySentencePieceModel.Create());
        File.WriteAllText(Path.Combine(folder, "tokenizer_config.json"), """{"tokenizer_class": "XLMRobertaTokenizer"}""");

        var tokenizer = SentenceTransformerFolder.Open(folder).CreateTokenizer();

        Assert.Equal([0, 4, 5, 2], tokenizer.Encode("o produto", 32));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
