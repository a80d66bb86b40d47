using Microsoft.ML.OnnxRuntime;

namespace RagQa.Core.Embeddings;

/// <summary>How an in-process model's ONNX Runtime session uses threads (<see cref="EmbeddingOptions.ThreadsPerCall"/>).</summary>
public static class OnnxSessionOptions
{
    /// <summary>
    /// <paramref name="threadsPerCall"/> threads for each model call, their pool not spinning while it waits for work; null
    /// for ONNX Runtime's defaults (one spinning thread per core for every call).
    /// </summary>
    public static SessionOptions? Create(int? threadsPerCall)
    {
        if (threadsPerCall is not { } threads) return null;
        var options = new SessionOptions { IntraOpNumThreads = threads };
        // A spinning pool holds its cores between a call's operators, which the process's other concurrent calls need.
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        return options;
    }
}
