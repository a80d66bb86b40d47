using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RagQa.AppHost;
using RagQa.Benchmarks.ApiClient;
using RagQa.Benchmarks.Live;
using RagQa.Core.Embeddings;
using RagQa.Core.Ingestion.Chunking;
using RagQa.Core.Ingestion.Parsing;
using RagQa.Core.Retrieval;
using RagQa.Core.Retrieval.Lexicons;
using RagQa.Core.Text;

namespace RagQa.Benchmarks;

/// <summary>
/// Ingestion throughput of a running RagQa (upload → indexed, through the queues and workers) next to the
/// raw throughput of the same embedding model called directly here, in the same run; the ratio is the
/// pipeline's efficiency (1.0 = the pipeline adds nothing to the model's own cost).
/// </summary>
public static class IngestionBenchmark
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        // --generate-mb N: a CSV of N MiB made of the real reviews with distinct ids (ReviewCsvGenerator).
        var file = arguments.Has("generate-mb")
            ? await ReviewCsvGenerator.WriteAsync(RepositoryPaths.OlistFull, arguments.GetInt("generate-mb", 100) * 1048576L, 0, Path.GetTempPath())
            : arguments.Get("file", RepositoryPaths.OlistSample);
        var collection = arguments.Get("collection", "product_docs");
        var provider = arguments.Get("embeddings", EnumText.Of(EmbeddingProvider.MiniLm));
        var baselineLimit = arguments.GetInt("baseline-limit", 5000);

        // The same settings as the system measured (--config), so that the baseline embeds what its embed worker embeds.
        using var host = BuildHost(provider, LocalSystem.ConfiguredSettings(arguments));
        var texts = await ChunkTextsAsync(host.Services, file);
        // With glossing on (Query:GlossWeight > 0, the default), the embed worker embeds each chunk and its English gloss
        // (a second vector field): the raw rate is measured on the same mix, and the pipeline's rate counts both.
        var glosser = host.Services.GetRequiredService<RetrievalLexicons>().Glosser;
        var textsPerChunk = glosser is null ? 1 : 2;
        var baselineTexts = texts.SelectMany(t => glosser is null ? [t] : new[] { t, glosser.Gloss(t) }).Take(baselineLimit).ToList();

        // An already running system (--api), or one started here with the same embedder as the baseline and without
        // the first start's seed, whose ingestion would otherwise run inside the measured window.
        await using var system = arguments.Has("api") ? null : await LocalSystem.StartAsync(arguments, "Embeddings:Provider=" + provider, "Seed:Enabled=false");
        if (system is not null) await system.WaitUntilIdleAsync();
        using var http = system?.CreateHttpClient(TimeSpan.FromHours(2)) ?? ExternalApi.CreateHttpClient(arguments, TimeSpan.FromHours(2));
        var stages = system is null ? null : new StageBreakdown(system.MetricsEndpoints);
        // The raw rate is measured just before and just after the pipeline, beside the same idle system: on a shared
        // machine the load moves within minutes, and the two measurements show by how much.
        var rawBefore = await RawEmbeddingRateAsync(host.Services, baselineTexts);
        var before = stages is null ? null : await stages.ScrapeAsync();
        var pipeline = await PipelineRunAsync(new RagQaApiClient(http), file, collection);
        var stageTable = stages is null ? "" : StageBreakdown.Table(before!, await stages.ScrapeAsync(), IngestionStages);
        var rawAfter = await RawEmbeddingRateAsync(host.Services, baselineTexts);
        var rawRate = (rawBefore + rawAfter) / 2;

        var size = new FileInfo(file).Length;
        var chunksPerSecond = pipeline.Chunks / pipeline.Indexing.TotalSeconds;
        var textsPerSecond = chunksPerSecond * textsPerChunk;
        Console.WriteLine($"""

            Ingestion benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {BuildConfiguration} build, embeddings: {provider}
            file: {Path.GetFileName(file)} ({size / 1048576.0:F1} MiB, {pipeline.Chunks} chunks; this run parsed {texts.Count})

            | measure | value |
            | --- | --- |
            | upload (stream + hash + store) | {pipeline.Upload.TotalSeconds:F1} s |
            | accepted → indexed | {pipeline.Indexing.TotalSeconds:F1} s |
            | pipeline throughput | {chunksPerSecond:F0} chunks/s, {size / 1048576.0 / pipeline.Indexing.TotalMinutes:F1} MB/min |
            | texts embedded by the pipeline | {textsPerSecond:F0} texts/s ({(glosser is null ? "each chunk once" : "each chunk and its English gloss")}) |
            | raw model throughput (same model, in-process, batches of 100, one per core at once, {baselineTexts.Count} texts{(glosser is null ? "" : ", chunks and glosses")}): before / after the pipeline | {rawBefore:F0} / {rawAfter:F0} texts/s |
            | efficiency (pipeline texts ÷ mean raw) | {textsPerSecond / rawRate:F2} |

            {stageTable}
            """);
        return 0;
    }

    private static readonly string[] IngestionStages = ["ingest_document", "embed_batch", "embed", "vector_upsert"];

    internal static IHost BuildHost(string provider, IEnumerable<string>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        foreach (var setting in settings ?? [])
        {
            var (key, value) = setting.Split('=', 2) is [var k, var v] ? (k, v) : throw new ArgumentException($"--config expects Key=Value, not '{setting}'.");
            builder.Configuration[key] = value;
        }
        builder.Configuration["Embeddings:Provider"] = provider;
        builder.AddRagQaEmbeddings();
        builder.AddRagQaDocumentParsing();
        RetrievalExtensions.AddRetrievalLexicons(builder.Services, queryExpansion: false);
        return builder.Build();
    }

    /// <summary>The chunk texts the pipeline will embed: the same parser and splitter the ingest worker uses.</summary>
    internal static async Task<List<string>> ChunkTextsAsync(IServiceProvider services, string file)
    {
        var parser = services.GetRequiredService<DocumentParsers>().Get(ContentTypes.Csv);
        var splitter = services.GetRequiredService<RecursiveTextSplitter>();
        var texts = new List<string>();
        await foreach (var record in parser.ParseAsync(File.OpenRead(file), DocumentParseOptions.FromUpload(file, new Dictionary<string, string>()), CancellationToken.None))
        {
            if (record is not null) texts.AddRange(splitter.Split(record.Text).Select(c => c.Text));
        }
        return texts;
    }

    /// <summary>
    /// Texts per second of the model called here directly, in batches of 100 (the pipeline's default), as many batches at
    /// once as the embed worker takes (one per core, <c>WithConsumerConcurrencyPerCore(1)</c>): with one thread per model
    /// call (<c>Embeddings:ThreadsPerCall</c>), one stream of calls would use one core of the machine.
    /// </summary>
    private static async Task<double> RawEmbeddingRateAsync(IServiceProvider services, IReadOnlyList<string> texts)
    {
        var generator = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        await generator.GenerateAsync(texts.Take(100)); // warm-up: model load and first-call costs
        var batches = new ConcurrentQueue<string[]>(texts.Chunk(100));
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, RagQaBuilderExtensions.ConsumerConcurrency(1, Environment.ProcessorCount)).Select(_ => Task.Run(async () =>
        {
            while (batches.TryDequeue(out var batch)) await generator.GenerateAsync(batch);
        })));
        return texts.Count / stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// The configuration this program was built in, which the AppHost also runs the services in (<c>dotnet run -c Release</c>
    /// for figures: a Debug build's model calls and pipeline are slower).
    /// </summary>
    private static string BuildConfiguration =>
        typeof(IngestionBenchmark).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "unknown";

    private static async Task<(int Chunks, TimeSpan Upload, TimeSpan Indexing)> PipelineRunAsync(RagQaApiClient api, string file, string collection)
    {
        var stopwatch = Stopwatch.StartNew();
        var uploaded = await UploadAsync(api, file, collection);
        if (uploaded.StatusCode == 200)
        {
            // Same bytes already there: delete and upload again, so the run measures real work.
            await api.DeleteDocumentAsync(uploaded.Result.Document_id);
            stopwatch.Restart();
            uploaded = await UploadAsync(api, file, collection);
        }
        var upload = stopwatch.Elapsed;
        var document = uploaded.Result;
        while (document.Status is not (DocumentStatus.Indexed or DocumentStatus.Failed))
        {
            await Task.Delay(500);
            document = await api.GetDocumentAsync(document.Document_id);
        }
        if (document.Status == DocumentStatus.Failed) throw new InvalidOperationException($"Ingestion of {document.Document_id} failed: {document.Error}");
        var indexed = document.Indexed_at ?? throw new InvalidOperationException($"Document {document.Document_id} is indexed but has no indexed_at.");
        return (document.Chunks_total, upload, indexed - document.Created_at);
    }

    /// <summary>
    /// <c>POST /documents</c> of a CSV file through the generated client: 202 with the new document, or 200 with the one
    /// that already holds these bytes. Any other status throws (<see cref="RagQaApiException"/>, with the problem).
    /// </summary>
    internal static Task<RagQaApiResponse<DocumentResponse>> UploadAsync(RagQaApiClient api, string file, string collection) =>
        api.UploadDocumentAsync(new DocumentUpload(File.OpenRead(file), Path.GetFileName(file)) { Collection = collection, ContentType = "text/csv" });
}
