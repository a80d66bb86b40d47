using BenchmarkDotNet.Attributes;
using RagQa.Core.VectorStore;

namespace RagQa.MicroBenchmarks;

/// <summary>The embedded store's exact top-10 scan over unit vectors of MiniLM's 384 dimensions.</summary>
public class VectorScanBenchmarks
{
    private const int Dimensions = 384;
    private float[] _vectors = [];
    private Guid[] _ids = [];
    private float[] _query = [];

    /// <summary>4,678: the full reviews plus the sample, as queried in the load runs; 100,000: a larger collection.</summary>
    [Params(4_678, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _vectors = new float[Rows * Dimensions];
        for (var i = 0; i < _vectors.Length; i++) _vectors[i] = (float)(random.NextDouble() * 2 - 1);
        for (var row = 0; row < Rows; row++) VectorScan.Normalize(_vectors.AsSpan(row * Dimensions, Dimensions));
        _ids = Enumerable.Range(0, Rows).Select(_ => Guid.NewGuid()).ToArray();
        _query = _vectors[..Dimensions].Select(v => v + 0.01f).ToArray();
        VectorScan.Normalize(_query);
    }

    [Benchmark(Description = "top-10 scan")]
    public int TopTen() => VectorScan.TopK(_query, _vectors, _ids, 10).Length;

    [Benchmark(Description = "top-10 scan, filter keeps 1 row in 5")]
    public int TopTenFiltered() => VectorScan.TopK(_query, _vectors, _ids, 10, row => row % 5 == 0).Length;
}
