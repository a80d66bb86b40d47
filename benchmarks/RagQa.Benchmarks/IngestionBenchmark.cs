using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RagQa.Benchmarks.Live;
using RagQa.Core.Embeddings;
using RagQa.Core.Ingestion.Chunking;
using RagQa.Core.Ingestion.Parsing;
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

        using var host = BuildHost(provider);
        var texts = await ChunkTextsAsync(host.Services, file);
        var baseline = await RawEmbeddingRateAsync(host.Services, texts.Take(baselineLimit).ToList());

        // An already running system (--api), or one started here with the same embedder as the baseline.
        await using var system = arguments.Has("api") ? null : await LocalSystem.StartAsync(arguments, "Embeddings:Provider=" + provider);
        using var http = system?.CreateApiClient(TimeSpan.FromHours(2)) ?? ExternalApi.CreateClient(arguments, TimeSpan.FromHours(2));
        var stages = system is null ? null : new StageBreakdown(system.MetricsEndpoints);
        var before = stages is null ? null : await stages.ScrapeAsync();
        var pipeline = await PipelineRunAsync(http, file, collection);
        var stageTable = stages is null ? "" : StageBreakdown.Table(before!, await stages.ScrapeAsync(), IngestionStages);

        var size = new FileInfo(file).Length;
        var chunksPerSecond = pipeline.Chunks / pipeline.Indexing.TotalSeconds;
        Console.WriteLine($"""

            Ingestion benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, embeddings: {provider}
            file: {Path.GetFileName(file)} ({size / 1048576.0:F1} MiB, {pipeline.Chunks} chunks; this run parsed {texts.Count})

            | measure | value |
            | --- | --- |
            | upload (stream + hash + store) | {pipeline.Upload.TotalSeconds:F1} s |
            | accepted → indexed | {pipeline.Indexing.TotalSeconds:F1} s |
            | pipeline throughput | {chunksPerSecond:F0} chunks/s, {size / 1048576.0 / pipeline.Indexing.TotalMinutes:F1} MB/min |
            | raw model throughput (same model, in-process, batches of 100, {baseline.Texts} texts) | {baseline.PerSecond:F0} texts/s |
            | efficiency (pipeline ÷ raw) | {chunksPerSecond / baseline.PerSecond:F2} |

            {stageTable}
            """);
        return 0;
    }

    private static readonly string[] IngestionStages = ["ingest_document", "embed_batch", "embed", "vector_upsert"];

    internal static IHost BuildHost(string provider)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Embeddings:Provider"] = provider;
        builder.AddRagQaEmbeddings();
        builder.AddRagQaDocumentParsing();
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

    private static async Task<(int Texts, double PerSecond)> RawEmbeddingRateAsync(IServiceProvider services, IReadOnlyList<string> texts)
    {
        var generator = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        await generator.GenerateAsync(texts.Take(100)); // warm-up: model load and first-call costs
        var stopwatch = Stopwatch.StartNew();
        await generator.GenerateAsync(texts);
        return (texts.Count, texts.Count / stopwatch.Elapsed.TotalSeconds);
    }

    private static async Task<(int Chunks, TimeSpan Upload, TimeSpan Indexing)> PipelineRunAsync(HttpClient http, string file, string collection)
    {
        var stopwatch = Stopwatch.StartNew();
        var (status, document) = await UploadAsync(http, file, collection);
        if (status == HttpStatusCode.OK)
        {
            // Same bytes already there: delete and upload again, so the run measures real work.
            (await http.DeleteAsync($"/documents/{document.GetProperty("document_id").GetGuid()}")).EnsureSuccessStatusCode();
            stopwatch.Restart();
            (status, document) = await UploadAsync(http, file, collection);
        }
        var upload = stopwatch.Elapsed;
        var id = document.GetProperty("document_id").GetGuid();
        while (document.GetProperty("status").GetString() is not ("indexed" or "failed"))
        {
            await Task.Delay(500);
            document = JsonDocument.Parse(await http.GetStringAsync($"/documents/{id}")).RootElement.Clone();
        }
        if (document.GetProperty("status").GetString() == "failed") throw new InvalidOperationException("Ingestion failed: " + document);
        var created = document.GetProperty("created_at").GetDateTimeOffset();
        var indexed = document.GetProperty("indexed_at").GetDateTimeOffset();
        return (document.GetProperty("chunks_total").GetInt32(), upload, indexed - created);
    }

    internal static async Task<(HttpStatusCode, JsonElement)> UploadAsync(HttpClient http, string file, string collection)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(collection), "collection");
        var content = new StreamContent(File.OpenRead(file));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", Path.GetFileName(file));
        using var response = await http.PostAsync("/documents", form);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Upload failed: {(int)response.StatusCode} {body}");
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }
}
