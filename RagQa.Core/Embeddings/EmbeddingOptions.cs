using System.ComponentModel.DataAnnotations;

namespace RagQa.Core.Embeddings;

/// <summary>Which embedding model to use, section <c>Embeddings</c>.</summary>
public sealed class EmbeddingOptions
{
    public const string Section = "Embeddings";

    /// <summary>minilm (default), onnx, hashing, openai, azureopenai or ollama.</summary>
    public EmbeddingProvider Provider { get; set; } = EmbeddingProvider.MiniLm;

    /// <summary>onnx: a sentence-transformer folder (model.onnx or onnx/model.onnx, tokenizer files, 1_Pooling) or an .onnx file.</summary>
    public string? ModelPath { get; set; }

    /// <summary>Stored with every vector. onnx: defaults to the folder name; remote providers: the model (Azure: the deployment).</summary>
    public string? ModelId { get; set; }

    /// <summary>Vector size. Required for remote providers, whose vector space exists before the first call; hashing: default 384.</summary>
    [Range(1, 65536, ErrorMessage = "Embeddings:Dimensions must be between 1 and 65536.")]
    public int? Dimensions { get; set; }

    /// <summary>Remote providers: base address (OpenAI: optional; Azure: https://NAME.openai.azure.com; Ollama: default http://localhost:11434/v1).</summary>
    public string? Endpoint { get; set; }

    /// <summary>
    /// openai: required. azureopenai: sent as <c>api-key</c>; without it the client signs in with Entra ID
    /// (<c>DefaultAzureCredential</c>: managed or workload identity, Azure CLI). ollama: optional.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Remote providers: ask the service to shorten vectors to <see cref="Dimensions"/> (text-embedding-3 models only).</summary>
    public bool RequestDimensions { get; set; }

    /// <summary>Largest number of texts sent to the model in one call; larger requests are split.</summary>
    [Range(1, 2048, ErrorMessage = "Embeddings:MaxBatchSize must be between 1 and 2048.")]
    public int MaxBatchSize { get; set; } = 100;

    /// <summary>
    /// In-process models (minilm, onnx): threads one model call uses; null for ONNX Runtime's default (one per core). The
    /// services call the model concurrently — the query worker two texts per question (the question and its English gloss)
    /// and several questions at once, the embed worker one batch per core — so one thread per call keeps the cores busy
    /// across calls, while per-call pools of one thread per core oversubscribed them and spun: 25–30 % more CPU per text
    /// in-process (docs/benchmarks.md, stop 36).
    /// </summary>
    [Range(1, 256, ErrorMessage = "Embeddings:ThreadsPerCall must be between 1 and 256.")]
    public int? ThreadsPerCall { get; set; } = 1;

    /// <summary>onnx: tokens per text, overriding the folder's sentence_bert_config.json / tokenizer_config.json.</summary>
    [Range(8, 8192, ErrorMessage = "Embeddings:MaxSequenceLength must be between 8 and 8192.")]
    public int? MaxSequenceLength { get; set; }

    /// <summary>onnx: put before questions, e.g. "query: " for e5 models.</summary>
    public string? QueryPrefix { get; set; }

    /// <summary>onnx: put before stored texts, e.g. "passage: " for e5 models.</summary>
    public string? PassagePrefix { get; set; }
}
