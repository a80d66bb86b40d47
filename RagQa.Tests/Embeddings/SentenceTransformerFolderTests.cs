using RagQa.Core.Embeddings;

namespace RagQa.Tests.Embeddings;

public sealed class SentenceTransformerFolderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ragqa-st-folder-").FullName;

    public SentenceTransformerFolderTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "onnx"));
        File.WriteAllBytes(Path.Combine(folder, "onnx", "model.onnx"), []);
        File.WriteAllLines(Path.Combine(folder, "vocab.txt"), ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "o", "produto", "##s", "chegou", "quebrado", ","]);
    }

    [Fact]
    public void Finds_the_model_in_the_onnx_folder_and_defaults_to_mean_pooling()
    {
        var opened = SentenceTransformerFolder.Open(folder);

        Assert.Equal(Path.Combine(folder, "onnx", "model.onnx"), opened.ModelFile);
        Assert.Equal(Path.GetFileName(folder), opened.Name);
        Assert.Equal(PoolingMode.Mean, opened.Pooling);
        Assert.Null(opened.MaxSequenceLength);
    }

    [Fact]
    public void An_onnx_file_path_finds_the_tokenizer_in_the_parent_folder()
    {
        var opened = SentenceTransformerFolder.Open(Path.Combine(folder, "onnx", "model.onnx"));

        Assert.Equal(folder, opened.Directory);
    }

    [Fact]
    public void Reads_cls_pooling_and_the_maximum_sequence_length()
    {
        Directory.CreateDirectory(Path.Combine(folder, "1_Pooling"));
        File.WriteAllText(Path.Combine(folder, "1_Pooling", "config.json"), """{"pooling_mode_cls_token": true, "pooling_mode_mean_tokens": false}""");
        File.WriteAllText(Path.Combine(folder, "sentence_bert_config.json"), """{"max_seq_length": 128}""");

        var opened = SentenceTransformerFolder.Open(folder);

        Assert.Equal(PoolingMode.Cls, opened.Pooling);
        Assert.Equal(128, opened.MaxSequenceLength);
    }

    [Fact]
    public void Unsupported_pooling_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(folder, "1_Pooling"));
        File.WriteAllText(Path.Combine(folder, "1_Pooling", "config.json"), """{"pooling_mode_max_tokens": true}""");

        var error = Assert.Throws<NotSupportedException>(() => SentenceTransformerFolder.Open(folder));

        Assert.Contains("max_tokens", error.Message);
    }

    [Fact]
    public void Word_piece_tokenizer_follows_the_folder_configuration()
    {
        File.WriteAllText(Path.Combine(folder, "tokenizer_config.json"), """{"do_lower_case": true, "model_max_length": 1000000000000000019884624838656}""");

        var opened = SentenceTransformerFolder.Open(folder);
        var ids = opened.CreateTokenizer().Encode("O PRODUTOS chegou quebrado, ô", 64);

        Assert.Null(opened.MaxSequenceLength);
        Assert.Equal([2, 5, 6, 7, 8, 9, 10, 5, 3], ids);
    }

    [Fact]
    public void Special_tokens_may_come_from_special_tokens_map()
    {
        File.WriteAllLines(Path.Combine(folder, "vocab.txt"), ["<pad>", "<unk>", "<s>", "</s>", "<mask>", "o", "produto"]);
        File.WriteAllText(Path.Combine(folder, "special_tokens_map.json"),
            """{"cls_token": "<s>", "sep_token": "</s>", "pad_token": {"content": "<pad>"}, "unk_token": "<unk>", "mask_token": "<mask>"}""");

        var tokenizer = SentenceTransformerFolder.Open(folder).CreateTokenizer();

        Assert.Equal([2, 5, 6, 3], tokenizer.Encode("o produto", 16));
        Assert.Equal(0, tokenizer.PaddingId);
    }

    [Fact]
    public void A_folder_without_a_tokenizer_is_refused()
    {
        File.Delete(Path.Combine(folder, "vocab.txt"));

        var error = Assert.Throws<NotSupportedException>(() => SentenceTransformerFolder.Open(folder).CreateTokenizer());

        Assert.Contains("vocab.txt", error.Message);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
