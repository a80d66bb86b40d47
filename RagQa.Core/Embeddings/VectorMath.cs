using System.Numerics.Tensors;

namespace RagQa.Core.Embeddings;

internal static class VectorMath
{
    /// <summary>Scales to unit length in place, so that dot product equals cosine similarity downstream.</summary>
    public static void NormalizeInPlace(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 1e-12f) TensorPrimitives.Divide(vector, norm, vector);
    }
}
