using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;

namespace RagQa.Core.Embeddings;

/// <summary>
/// Runs any sentence-transformer exported to ONNX from a Hugging Face style folder (see
/// <see cref="SentenceTransformerFolder"/>), e.g. a multilingual model for Portuguese: tokenises with the
/// folder's WordPiece or SentencePiece vocabulary, batches with padding, feeds the inputs the model declares,
/// pools as its 1_Pooling/config.json says (mean by default), and L2-normalises. Asymmetric models get
/// <c>queryPrefix</c> on texts requested with <c>input_type = query</c> and <c>passagePrefix</c> on all others.
/// Safe for concurrent calls: ONNX Runtime sessions are thread-safe for Run and the tokenizers are read-only.
/// </summary>
public sealed class OnnxSentenceEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int DefaultMaxSequenceLength = 512;

    /// <summary>A run pads to its longest text, so texts are sorted by length and run in groups of this size.</summary>
    private const int RunBatchSize = 32;

    private const string InputIds = "input_ids";
    private const string AttentionMask = "attention_mask";
    private const string TokenTypeIds = "token_type_ids";
    private static readonly string[] TokenOutputs = ["last_hidden_state", "token_embeddings"];

    private readonly InferenceSession session;
    private readonly SentenceTokenizer tokenizer;
    private readonly PoolingMode pooling;
    private readonly int maxSequenceLength;
    private readonly string queryPrefix;
    private readonly string passagePrefix;
    private readonly IReadOnlyList<(string Name, Type ElementType)> inputs;
    private readonly string outputName;
    private readonly bool outputIsPooled;
    private readonly EmbeddingGeneratorMetadata metadata;

    /// <param name="modelPath">A sentence-transformer folder, or an .onnx file inside one.</param>
    /// <param name="modelId">Stored with the vectors; defaults to the folder's name.</param>
    /// <param name="maxSequenceLength">Tokens per text; defaults to the folder's sentence_bert_config.json, then 512.</param>
    /// <param name="queryPrefix">Put before query texts, e.g. "query: " for e5.</param>
    /// <param name="passagePrefix">Put before all other texts, e.g. "passage: " for e5.</param>
    /// <param name="threadsPerCall">Threads one model call uses (<see cref="EmbeddingOptions.ThreadsPerCall"/>); null for ONNX Runtime's default.</param>
    public OnnxSentenceEmbeddingGenerator(
        string modelPath, string? modelId = null, int? maxSequenceLength = null, string? queryPrefix = null, string? passagePrefix = null,
        int? threadsPerCall = null)
    {
        var folder = SentenceTransformerFolder.Open(modelPath);
        tokenizer = folder.CreateTokenizer();
        pooling = folder.Pooling;
        this.maxSequenceLength = maxSequenceLength ?? folder.MaxSequenceLength ?? DefaultMaxSequenceLength;
        this.queryPrefix = queryPrefix ?? "";
        this.passagePrefix = passagePrefix ?? "";
        ModelId = string.IsNullOrWhiteSpace(modelId) ? folder.Name : modelId;

        using var sessionOptions = OnnxSessionOptions.Create(threadsPerCall);
        session = sessionOptions is null ? new InferenceSession(folder.ModelFile) : new InferenceSession(folder.ModelFile, sessionOptions);
        try
        {
            inputs = ReadInputs(session);
            (outputName, outputIsPooled, var declared) = ChooseOutput(session);
            Dimensions = declared > 0 ? declared : Run([tokenizer.Encode("", this.maxSequenceLength)], CancellationToken.None)[0].Length;
        }
        catch
        {
            session.Dispose();
            throw;
        }
        metadata = new EmbeddingGeneratorMetadata("onnxruntime", new Uri(folder.Directory), ModelId, Dimensions);
    }

    public string ModelId { get; }

    public int Dimensions { get; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var prefix = EmbeddingInput.IsQuery(options) ? queryPrefix : passagePrefix;
        var tokenized = values.Select(text => tokenizer.Encode(prefix + text, maxSequenceLength)).ToArray();
        var vectors = new float[tokenized.Length][];
        var order = Enumerable.Range(0, tokenized.Length).OrderBy(i => tokenized[i].Length).ToArray();
        foreach (var batch in order.Chunk(RunBatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pooled = Run(batch.Select(i => tokenized[i]).ToArray(), cancellationToken);
            for (var j = 0; j < batch.Length; j++) vectors[batch[j]] = pooled[j];
        }
        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = ModelId }))
        {
            Usage = new UsageDetails { InputTokenCount = tokenized.Sum(t => (long)t.Length) },
        };
        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        EmbeddingServiceLookup.Resolve(this, serviceType, serviceKey, metadata, new EmbeddingModelInfo(ModelId, Dimensions));

    public void Dispose() => session.Dispose();

    private float[][] Run(long[][] batch, CancellationToken cancellationToken)
    {
        var rows = batch.Length;
        var width = batch.Max(t => t.Length);
        var ids = new long[rows * width];
        var mask = new long[rows * width];
        Array.Fill(ids, tokenizer.PaddingId);
        for (var r = 0; r < rows; r++)
        {
            batch[r].CopyTo(ids, r * width);
            Array.Fill(mask, 1L, r * width, batch[r].Length);
        }

        long[] shape = [rows, width];
        var values = new List<OrtValue>(inputs.Count);
        try
        {
            foreach (var (name, elementType) in inputs)
            {
                var data = name switch
                {
                    InputIds => ids,
                    AttentionMask => mask,
                    _ => new long[rows * width],
                };
                values.Add(elementType == typeof(int)
                    ? OrtValue.CreateTensorValueFromMemory(Array.ConvertAll(data, v => (int)v), shape)
                    : OrtValue.CreateTensorValueFromMemory(data, shape));
            }

            using var runOptions = new RunOptions();
            using var registration = cancellationToken.Register(() => runOptions.Terminate = true);
            using var outputs = session.Run(runOptions, inputs.Select(i => i.Name).ToList(), values, [outputName]);
            cancellationToken.ThrowIfCancellationRequested();
            return Pool(outputs[0].GetTensorDataAsSpan<float>(), mask, rows, width);
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        finally
        {
            foreach (var value in values) value.Dispose();
        }
    }

    private float[][] Pool(ReadOnlySpan<float> output, long[] mask, int rows, int width)
    {
        var hidden = outputIsPooled ? output.Length / rows : output.Length / (rows * width);
        var vectors = new float[rows][];
        for (var r = 0; r < rows; r++)
        {
            var vector = new float[hidden];
            if (outputIsPooled)
            {
                output.Slice(r * hidden, hidden).CopyTo(vector);
            }
            else if (pooling == PoolingMode.Cls)
            {
                output.Slice(r * width * hidden, hidden).CopyTo(vector);
            }
            else
            {
                var tokens = 0;
                for (var t = 0; t < width; t++)
                {
                    if (mask[r * width + t] == 0) continue;
                    TensorPrimitives.Add(vector, output.Slice((r * width + t) * hidden, hidden), vector);
                    tokens++;
                }
                TensorPrimitives.Divide(vector, Math.Max(tokens, 1), vector);
            }
            VectorMath.NormalizeInPlace(vector);
            vectors[r] = vector;
        }
        return vectors;
    }

    private static List<(string Name, Type ElementType)> ReadInputs(InferenceSession session)
    {
        var declared = session.InputMetadata;
        foreach (var (name, meta) in declared)
        {
            if (name is not (InputIds or AttentionMask or TokenTypeIds))
            {
                throw new NotSupportedException(
                    $"The ONNX model's input '{name}' is not supported; expected {InputIds}, {AttentionMask} and optionally {TokenTypeIds}.");
            }
            if (meta.ElementType != typeof(long) && meta.ElementType != typeof(int))
            {
                throw new NotSupportedException($"The ONNX model's input '{name}' has element type {meta.ElementType}; expected int64 or int32.");
            }
        }
        if (!declared.ContainsKey(InputIds)) throw new NotSupportedException($"The ONNX model has no '{InputIds}' input.");
        return declared.Select(d => (d.Key, d.Value.ElementType)).ToList();
    }

    /// <summary>Prefers the per-token output (pooled here as configured); falls back to an already pooled one.</summary>
    private static (string Name, bool Pooled, int Dimensions) ChooseOutput(InferenceSession session)
    {
        var outputs = session.OutputMetadata;
        var tokens = TokenOutputs.FirstOrDefault(outputs.ContainsKey)
            ?? outputs.FirstOrDefault(o => o.Value.Dimensions.Length == 3).Key;
        if (tokens is not null) return (tokens, false, outputs[tokens].Dimensions[2]);
        var pooled = outputs.FirstOrDefault(o => o.Value.Dimensions.Length == 2).Key
            ?? throw new NotSupportedException("The ONNX model has neither a [batch, tokens, hidden] nor a [batch, hidden] output.");
        return (pooled, true, outputs[pooled].Dimensions[1]);
    }
}
