using RagQa.Benchmarks;
using RagQa.Benchmarks.Eval;
using RagQa.Benchmarks.Faults;
using RagQa.Benchmarks.Load;

// Benchmark programs that print tables; results and commands are in docs/benchmarks.md.
return args.FirstOrDefault() switch
{
    "ingest" => await IngestionBenchmark.RunAsync(BenchmarkArguments.Parse(args[1..])),
    "query" => await QueryLatencyBenchmark.RunAsync(BenchmarkArguments.Parse(args[1..])),
    "load" => await LoadBenchmark.RunAsync(BenchmarkArguments.Parse(args[1..])),
    "faults" => await FaultsBenchmark.RunAsync(BenchmarkArguments.Parse(args[1..])),
    "eval" => await EvalBenchmark.RunAsync(BenchmarkArguments.Parse(args[1..])),
    "train-reader" => SecondReaderTraining.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run -c Release --project benchmarks/RagQa.Benchmarks -- <benchmark> [--option value ...]
        Every benchmark starts the local-mode system itself (Aspire.Hosting.Testing) unless told otherwise:
          --data DIR (/tmp/perf-data, kept between runs)  --api-port N (5480)
          --config "Section:Key=value,..." (more settings for the services, e.g. Messaging:ConsumerConcurrency=4)

          ingest   upload a CSV, time it to 'indexed', and compare with the raw embedding throughput of the
                   same model in this process (measured just before and after); per-stage table. The system starts
                   without its seed and the run waits until earlier work is done, so only this document is timed
                   --file PATH (default: the bundled Olist sample) or --generate-mb N (real reviews, distinct ids)
                   --collection NAME (product_docs)
                   --embeddings PROVIDER (minilm)  --baseline-limit N (texts, 5000)
                   --api URL [--key KEY]: use an already running system instead (no per-stage table)
          query    ask a mix of aggregate and specific questions twice each and print p50/p95 latency by
                   cache hit/miss next to a GET /health baseline, and the per-stage p50/p95   --rounds N (3)
          load     --profile closed (--users 100, --seconds 300) or open (--per-minute 500, --seconds 600);
                   --max-requests N (100000) --seed N (42); rate limits raised (RateLimiting:*)
          faults   --scenario infra: under load, ingest a generated CSV and kill/restart each service, stop/start
                   RabbitMQ and Redis (--outage-seconds 10, --file-mb 4, --per-second 3, --only NAME);
                   --scenario model: the answer model is a fake failing 50 % of calls (--seconds 120)
                   (hashing embedder, data in /tmp/perf-faults)
          eval     known-item retrieval (recall@5/10, MRR@10 per mode via POST /search) and deterministic answer
                   checks (citation validity, theme counts = SQL counts); data in /tmp/perf-eval (the seeded sample)
                   --judge-model NAME --judge-key KEY [--judge-endpoint URL (OpenAI-compatible, e.g. http://host:11434/v1)]:
                   a judge model also scores relevance and groundedness 1–5 (without one: "– (no judge model)")
                   --analytics: the analytical question set instead (eval/analytics): each question through POST /query,
                   scored against truth.jsonl; accuracy per type/measure/language, reliability table and ECE,
                   escalations, confident wrong answers, out-of-scope handling, p50/p95 latency_ms
                   --split dev|heldout|all (dev)  --questions PATH (eval/analytics/questions.jsonl; truth.jsonl beside it)
                   --api URL [--key KEY]: use an already running system instead
          train-reader  train the second reader (RagQa.Core/Analytics/Model) on the dev questions of eval/analytics;
                   --predictions PATH: also write each set's readings when left out of training (JSON lines)
        """);
    return 2;
}
