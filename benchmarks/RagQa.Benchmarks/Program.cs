using RagQa.Benchmarks;

// Benchmark programs that print tables; results and commands are in docs/benchmarks.md.
return args.FirstOrDefault() switch
{
    "ingest" => await IngestionBenchmark.RunAsync(BenchmarkArguments.Parse(args[1..])),
    "query" => await QueryLatencyBenchmark.RunAsync(BenchmarkArguments.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run -c Release --project benchmarks/RagQa.Benchmarks -- <benchmark> [--option value ...]
          ingest   upload a CSV to a running RagQa, time it to 'indexed', and compare with the raw
                   embedding throughput of the same model in this process
                   --file PATH (default: the bundled Olist sample)  --api URL (http://localhost:5080)
                   --key KEY (default: .ragqa/admin-api-key)  --collection NAME (product_docs)
                   --embeddings PROVIDER (minilm; must match the running system)  --baseline-limit N (texts, 5000)
          query    ask a mix of aggregate and specific questions twice each (cold, then cached) and print
                   p50/p95 latency next to a GET /health baseline   --api URL  --rounds N (3)
        """);
    return 2;
}
