using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using RagQa.Core.Chunks;
using RagQa.Core.Embeddings;
using RagQa.Core.Retrieval;
using RagQa.Core.Retrieval.Lexicons;
using RagQa.Core.VectorStore;
using RagQa.Tests.Infrastructure;
using RagQa.Tests.VectorStore;

namespace RagQa.Tests.Retrieval;

/// <summary>A throw-away database holding a handful of hand-written reviews, embedded by the default model when asked.</summary>
internal sealed class SmallCorpus : IAsyncDisposable
{
    public const string Collection = "olist_reviews";

    private readonly List<ChunkRecord> _chunks = [];

    private SmallCorpus(NpgsqlDataSource dataSource, Guid documentId)
    {
        DataSource = dataSource;
        DocumentId = documentId;
        Vectors = new PostgresVectorStore(dataSource, VectorStoreTestSupport.Telemetry(), NullLogger<PostgresVectorStore>.Instance);
    }

    public NpgsqlDataSource DataSource { get; }

    public Guid DocumentId { get; }

    public PostgresVectorStore Vectors { get; }

    public IReadOnlyList<ChunkRecord> Chunks => _chunks;

    public static async Task<SmallCorpus> CreateAsync(LocalServers servers, string collection = Collection)
    {
        var dataSource = NpgsqlDataSource.Create(await VectorStoreTestSupport.MigratedDatabaseAsync(servers));
        var corpus = new SmallCorpus(dataSource, Guid.NewGuid());
        await using var command = dataSource.CreateCommand(
            "INSERT INTO documents (id, collection, filename, content_type, status) VALUES ($1, $2, 'reviews.csv', 'text/csv', 'indexed')");
        command.Parameters.Add(new NpgsqlParameter { Value = corpus.DocumentId });
        command.Parameters.Add(new NpgsqlParameter { Value = collection });
        await command.ExecuteNonQueryAsync();
        return corpus;
    }

    /// <summary>Adds reviews as chunks (score, date) and returns their chunk ids in order.</summary>
    public async Task<IReadOnlyList<Guid>> AddAsync(params (string Text, int Score, string Date)[] reviews)
    {
        var added = reviews.Select(r =>
        {
            var ordinal = _chunks.Count;
            var chunk = new ChunkRecord(ChunkIds.Chunk(DocumentId, ordinal), DocumentId, Collection, $"review-{ordinal}", ordinal, r.Text,
                new Dictionary<string, string> { [QueryFilters.ScoreKey] = r.Score.ToString(System.Globalization.CultureInfo.InvariantCulture), [QueryFilters.DateKey] = r.Date + " 00:00:00" });
            _chunks.Add(chunk);
            return chunk;
        }).ToList();
        await new ChunkStore(DataSource).InsertAsync(added, CancellationToken.None);
        return added.Select(c => c.Id).ToList();
    }

    /// <summary>Embeds every chunk not embedded yet into the embedded vector store.</summary>
    public async Task EmbedAsync(MiniLmEmbeddingGenerator embeddings)
    {
        var vectors = await embeddings.GenerateAsync(_chunks.Select(c => c.Text));
        await Vectors.UpsertAsync(new VectorSpace(Collection, MiniLmEmbeddingGenerator.ModelId, MiniLmEmbeddingGenerator.Dimensions),
            _chunks.Select((c, i) => new VectorRecord(c.Id, c.DocumentId, c.SourceId, vectors[i].Vector, c.Metadata)).ToList(), CancellationToken.None);
    }

    public HybridRetriever Retriever(MiniLmEmbeddingGenerator embeddings, RetrievalOptions? options = null) =>
        new(embeddings, new EmbeddingModelInfo(MiniLmEmbeddingGenerator.ModelId, MiniLmEmbeddingGenerator.Dimensions), Vectors,
            new LexicalSearcher(DataSource), new ChunkStore(DataSource), RetrievalLexicons.None, Options.Create(options ?? new RetrievalOptions()));

    public async ValueTask DisposeAsync()
    {
        Vectors.Dispose();
        await DataSource.DisposeAsync();
    }
}
