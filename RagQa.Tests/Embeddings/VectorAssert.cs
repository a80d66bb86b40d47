using System.Numerics.Tensors;

namespace RagQa.Tests.Embeddings;

internal static class VectorAssert
{
    public static void Close(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual, float tolerance, string because)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance,
                $"{because}: component {i} differs: {expected[i]} vs {actual[i]}");
        }
    }

    public static void UnitLength(ReadOnlySpan<float> vector) => Assert.InRange(TensorPrimitives.Norm(vector), 0.9999f, 1.0001f);

    public static float Cosine(ReadOnlyMemory<float> a, ReadOnlyMemory<float> b) => TensorPrimitives.CosineSimilarity(a.Span, b.Span);
}
