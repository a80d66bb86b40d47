using BenchmarkDotNet.Attributes;
using RagQa.Core.Retrieval;

namespace RagQa.MicroBenchmarks;

/// <summary>Weighted reciprocal-rank fusion of a dense and a lexical ranking that overlap by half.</summary>
public class FusionBenchmarks
{
    private IReadOnlyList<IReadOnlyList<Guid>> _rankings = [];
    private readonly IReadOnlyList<double> _weights = [1.0, 1.5];

    [Params(50, 500)]
    public int Candidates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        var ids = Enumerable.Range(0, Candidates * 3 / 2).Select(_ => new Guid(random.Next(), 0, 0, new byte[8])).ToArray();
        _rankings = [ids.Take(Candidates).ToList(), ids.Skip(Candidates / 2).Take(Candidates).Reverse().ToList()];
    }

    [Benchmark(Description = "fuse two rankings")]
    public int Fuse() => ReciprocalRankFusion.Fuse(_rankings, _weights).Count;
}
