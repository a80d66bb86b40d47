using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using RagQa.Core.Chunks;
using RagQa.Core.Embeddings;
using RagQa.Core.Ingestion;
using RagQa.Core.Retrieval;
using RagQa.Core.Retrieval.Lexicons;
using RagQa.Core.VectorStore;
using RagQa.Tests.Infrastructure;
using RagQa.Tests.VectorStore;

namespace RagQa.Tests.Retrieval;

/// <summary>
/// The seeded Olist sample (2,000 reviews) indexed once per test class: chunks as the ingest step stores them
/// (one per review, text = title + ". " + message) and all-MiniLM-L6-v2 vectors in the embedded store, of the texts
/// and of their English glosses (<see cref="EnglishGlosser"/>), with the word lists of every retrieval lever loaded.
/// Loaded on first use, because it needs the shared servers of the test collection.
/// </summary>
public sealed class OlistSampleCorpus : IAsyncDisposable
{
    public const string Collection = "olist_reviews";

    /// <summary>Fixed, so that chunk ids (derived from it) and therefore tie-breaks are the same on every run.</summary>
    public static readonly Guid DocumentId = new("5a3b1f0e-0000-4000-8000-0000000011a1");

    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _loaded;

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public PostgresVectorStore Vectors { get; private set; } = null!;

    public MiniLmEmbeddingGenerator Embeddings { get; } = new();

    public EmbeddingModelInfo Model { get; } = new(MiniLmEmbeddingGenerator.ModelId, MiniLmEmbeddingGenerator.Dimensions);

    public IReadOnlyList<ChunkRecord> Chunks { get; private set; } = [];

    public TimeSpan EmbeddingTime { get; private set; }

    /// <summary>Every lever's word lists, from the Debian packages' files (as the services load them).</summary>
    public RetrievalLexicons Lexicons { get; } = RetrievalLexicons.Load(new LexiconOptions(), new RetrievalOptions { GlossWeight = 1, SynonymWeight = 1, TranslationWeight = 1 });

    public async Task EnsureLoadedAsync(LocalServers servers)
    {
        await _gate.WaitAsync();
        try
        {
            if (_loaded) return;
            DataSource = NpgsqlDataSource.Create(await VectorStoreTestSupport.MigratedDatabaseAsync(servers));
            Vectors = new PostgresVectorStore(DataSource, VectorStoreTestSupport.Telemetry(), NullLogger<PostgresVectorStore>.Instance);

            var documentId = DocumentId;
            await using (var command = DataSource.CreateCommand(
                "INSERT INTO documents (id, collection, filename, content_type, status) VALUES ($1, $2, 'olist_order_reviews_sample.csv', 'text/csv', 'indexed')"))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = documentId });
                command.Parameters.Add(new NpgsqlParameter { Value = Collection });
                await command.ExecuteNonQueryAsync();
            }

            var chunks = new List<ChunkRecord>();
            await using (var csv = File.OpenRead(Path.Combine(LocalServers.RepositoryRoot(), "data", "olist", "olist_order_reviews_sample.csv")))
            {
                await foreach (var record in CsvRecordReader.ReadAsync(csv, CsvMapping.OlistReviews, CancellationToken.None))
                {
                    if (record is null) continue;
                    chunks.Add(new ChunkRecord(ChunkIds.Chunk(documentId, chunks.Count), documentId, Collection, record.SourceId, chunks.Count, record.Text, record.Metadata));
                }
            }
            await new ChunkStore(DataSource).InsertAsync(chunks, CancellationToken.None);

            var started = Stopwatch.GetTimestamp();
            var embedded = await Embeddings.GenerateAsync(chunks.Select(c => c.Text));
            EmbeddingTime = Stopwatch.GetElapsedTime(started);
            var space = new VectorSpace(Collection, Model.ModelId, Model.Dimensions);
            await Vectors.UpsertAsync(space,
                chunks.Select((c, i) => new VectorRecord(c.Id, c.DocumentId, c.SourceId, embedded[i].Vector, c.Metadata)).ToList(),
                CancellationToken.None);
            var glosses = await Embeddings.GenerateAsync(chunks.Select(c => Lexicons.Glosser!.Gloss(c.Text)));
            await Vectors.UpsertAsync(EnglishGlosser.SpaceOf(space),
                chunks.Select((c, i) => new VectorRecord(c.Id, c.DocumentId, c.SourceId, glosses[i].Vector, c.Metadata)).ToList(),
                CancellationToken.None);
            Chunks = chunks;
            _loaded = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public HybridRetriever Retriever(RetrievalOptions options) =>
        new(Embeddings, Model, Vectors, new LexicalSearcher(DataSource), new ChunkStore(DataSource), Lexicons, Options.Create(options));

    public async ValueTask DisposeAsync()
    {
        Embeddings.Dispose();
        if (_loaded)
        {
            Vectors.Dispose();
            await DataSource.DisposeAsync();
        }
        _gate.Dispose();
    }
}
