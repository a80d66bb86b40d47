using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using RagQa.Core.Ingestion.Chunking;

namespace RagQa.MicroBenchmarks;

/// <summary>RecursiveTextSplitter with the production token counter (MiniLM word pieces) and default sizes.</summary>
public class ChunkingBenchmarks
{
    private readonly RecursiveTextSplitter _splitter = new(new MiniLmTokenCounter(), Options.Create(new ChunkingOptions()));
    private string _review = "";
    private string _document = "";

    [GlobalSetup]
    public void Setup()
    {
        _review = ReviewTexts.Load().OrderByDescending(t => t.Length).First(); // the longest real review
        _document = ReviewTexts.Document(20_000);
    }

    [Benchmark(Description = "split one review (longest, ~200 chars)")]
    public int SplitReview() => _splitter.Split(_review).Count;

    [Benchmark(Description = "split a 20 kB document")]
    public int SplitDocument() => _splitter.Split(_document).Count;
}
