using System.Globalization;
using Microsoft.Extensions.Options;
using RagQa.Core.Chunks;
using RagQa.Core.Embeddings;
using RagQa.Core.Retrieval;
using RagQa.Core.Retrieval.Lexicons;
using RagQa.Core.VectorStore;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Retrieval;

[Collection(LocalServersCollection.Name)]
public sealed class HybridRetrieverTests(LocalServers servers) : IAsyncLifetime
{
    private readonly MiniLmEmbeddingGenerator _embeddings = new();
    private SmallCorpus _corpus = null!;
    private IReadOnlyList<Guid> _praise = [];

    public async Task InitializeAsync()
    {
        _corpus = await SmallCorpus.CreateAsync(servers);
        _praise = await _corpus.AddAsync(
            ("Muito bom!", 5, "2018-03-01"), ("muito bom", 5, "2018-03-02"), ("MUITO BOM.", 5, "2018-03-03"),
            ("Muito bom!!!", 4, "2018-03-04"), ("Muito bom", 5, "2018-03-05"), ("Muito bom...", 5, "2018-03-06"));
        await _corpus.AddAsync(
            ("Muito bom produto, chegou rápido", 5, "2018-04-01"),
            ("Produto muito bom mas a entrega atrasou", 3, "2018-04-02"),
            ("Atrasou duas semanas e ninguém respondeu", 1, "2018-01-10"),
            ("Atraso enorme na entrega, péssimo", 1, "2017-06-10"),
            ("Veio quebrado e sem manual", 1, "2018-02-11"),
            ("Esterilizador chegou sem a chupeta", 2, "2018-05-12"));
        // Enough unrelated reviews that the candidate pools (10 each) do not hold everything.
        await _corpus.AddAsync(Enumerable.Range(0, 30)
            .Select(i => ($"Comentário número {i.ToString(CultureInfo.InvariantCulture)} sobre a cor da embalagem azul", 3, "2018-06-01")).ToArray());
        await _corpus.EmbedAsync(_embeddings);
    }

    public async Task DisposeAsync()
    {
        await _corpus.DisposeAsync();
        _embeddings.Dispose();
    }

    private HybridRetriever Retriever(RetrievalOptions? options = null) => _corpus.Retriever(_embeddings, options ?? new RetrievalOptions { CandidatePool = 10 });

    [Fact]
    public async Task Near_identical_reviews_take_one_slot_and_name_the_rest()
    {
        var result = await Retriever().RetrieveAsync(new RetrievalRequest(SmallCorpus.Collection, "muito bom", 5), CancellationToken.None);

        var praise = result.Chunks.Where(c => _praise.Contains(c.Chunk.Id)).ToList();
        Assert.Single(praise);
        Assert.Equal(5, praise[0].NearDuplicates.Count);
        Assert.Equal(5, result.Chunks.Count);
    }

    [Fact]
    public async Task Without_reranking_the_duplicates_crowd_the_top()
    {
        var retriever = Retriever(new RetrievalOptions { CandidatePool = 10, RerankLambda = 1, NearDuplicateJaccard = 1.01 });

        var chunks = await retriever.RetrieveAsync(SmallCorpus.Collection, "muito bom", 5, null, RetrievalMode.Hybrid, CancellationToken.None);

        Assert.True(chunks.Count(c => _praise.Contains(c.Chunk.Id)) >= 4);
    }

    [Fact]
    public async Task A_score_and_date_stated_in_the_question_filter_the_results()
    {
        var result = await Retriever().RetrieveAsync(
            new RetrievalRequest(SmallCorpus.Collection, "avaliações de 1 estrela sobre atraso em 2018", 5), CancellationToken.None);

        Assert.NotEmpty(result.Chunks);
        Assert.All(result.Chunks, c =>
        {
            Assert.Equal("1", c.Chunk.Metadata[QueryFilters.ScoreKey]);
            Assert.StartsWith("2018-", c.Chunk.Metadata[QueryFilters.DateKey], StringComparison.Ordinal);
        });
        Assert.Equal([QueryFilters.ScoreKey, QueryFilters.DateKey], result.Filter!.Conditions.Select(c => c.Key));
    }

    [Fact]
    public async Task An_explicit_filter_wins_over_the_question()
    {
        var explicitFilter = new VectorFilter([new MetadataCondition(QueryFilters.ScoreKey, From: "3")]);

        var result = await Retriever().RetrieveAsync(
            new RetrievalRequest(SmallCorpus.Collection, "avaliações de 1 estrela sobre atraso", 5, explicitFilter), CancellationToken.None);

        Assert.NotEmpty(result.Chunks);
        Assert.All(result.Chunks, c => Assert.NotEqual("1", c.Chunk.Metadata[QueryFilters.ScoreKey]));
    }

    [Fact]
    public async Task Recognition_can_be_turned_off()
    {
        var result = await Retriever(new RetrievalOptions { CandidatePool = 10, RecogniseFilters = false }).RetrieveAsync(
            new RetrievalRequest(SmallCorpus.Collection, "avaliações de 1 estrela sobre atraso", 10), CancellationToken.None);

        Assert.Null(result.Filter);
        Assert.Contains(result.Chunks, c => c.Chunk.Metadata[QueryFilters.ScoreKey] != "1");
    }

    [Fact]
    public async Task The_result_carries_the_query_embedding_and_every_chunk_its_similarity()
    {
        var result = await Retriever().RetrieveAsync(new RetrievalRequest(SmallCorpus.Collection, "esterilizador sem chupeta", 5), CancellationToken.None);

        Assert.Equal(MiniLmEmbeddingGenerator.Dimensions, result.QueryEmbedding!.Value.Length);
        Assert.All(result.Chunks, c => Assert.NotNull(c.DenseSimilarity));
        Assert.Equal("Esterilizador chegou sem a chupeta", result.Chunks[0].Chunk.Text);
        Assert.NotNull(result.Chunks[0].LexicalRank);
    }

    [Fact]
    public async Task A_source_every_retriever_ranks_first_has_full_rank_agreement_and_the_rest_less()
    {
        var result = await Retriever().RetrieveAsync(new RetrievalRequest(SmallCorpus.Collection, "esterilizador sem chupeta", 5), CancellationToken.None);

        Assert.Equal((1, 1), (result.Chunks[0].DenseRank, result.Chunks[0].LexicalRank));
        Assert.Equal(1, result.Chunks[0].RankAgreement, 4);
        Assert.All(result.Chunks.Skip(1), c => Assert.InRange(c.RankAgreement, 0, 0.99));
    }

    [Fact]
    public async Task Rank_agreement_is_measured_against_the_retrievers_that_ran()
    {
        var result = await Retriever().RetrieveAsync(
            new RetrievalRequest(SmallCorpus.Collection, "esterilizador sem chupeta", 5, Mode: RetrievalMode.Lexical), CancellationToken.None);

        Assert.Equal(1, result.Chunks[0].LexicalRank);
        Assert.Equal(1, result.Chunks[0].RankAgreement, 4);
    }

    [Fact]
    public async Task The_question_and_its_gloss_are_embedded_by_separate_model_calls_each_padded_to_its_own_length()
    {
        // Not disposed: it would dispose the shared model.
        var recording = new BatchRecordingEmbeddingGenerator(_embeddings);
        var glosser = new EnglishGlosser(new FoldedLexicon([("atraso", ["delay"]), ("entrega", ["delivery", "handing over"])]));
        var retriever = new HybridRetriever(recording, new EmbeddingModelInfo(MiniLmEmbeddingGenerator.ModelId, MiniLmEmbeddingGenerator.Dimensions),
            _corpus.Vectors, new LexicalSearcher(_corpus.DataSource), new ChunkStore(_corpus.DataSource), new RetrievalLexicons(glosser, null, null),
            Options.Create(new RetrievalOptions { CandidatePool = 10 }));

        var result = await retriever.RetrieveAsync(new RetrievalRequest(SmallCorpus.Collection, "atraso na entrega", 5), CancellationToken.None);

        Assert.Equal([1, 1], recording.BatchSizes);
        Assert.Equal(5, result.Chunks.Count);
        Assert.Equal(MiniLmEmbeddingGenerator.Dimensions, result.QueryEmbedding!.Value.Length);
    }

    [Fact]
    public async Task Each_mode_uses_only_its_retrievers()
    {
        var lexical = await Retriever().RetrieveAsync(new RetrievalRequest(SmallCorpus.Collection, "atraso na entrega", 5, Mode: RetrievalMode.Lexical), CancellationToken.None);
        var dense = await Retriever().RetrieveAsync(new RetrievalRequest(SmallCorpus.Collection, "atraso na entrega", 5, Mode: RetrievalMode.Dense), CancellationToken.None);

        Assert.Null(lexical.QueryEmbedding);
        Assert.All(lexical.Chunks, c => Assert.Null(c.DenseRank));
        Assert.All(dense.Chunks, c => Assert.Null(c.LexicalRank));
        Assert.Equal(5, dense.Chunks.Count);
    }

    [Fact]
    public async Task The_original_signature_returns_the_same_chunks()
    {
        var retriever = Retriever();

        var chunks = await retriever.RetrieveAsync(SmallCorpus.Collection, "atraso na entrega", 5, null, RetrievalMode.Hybrid, CancellationToken.None);
        var result = await retriever.RetrieveAsync(new RetrievalRequest(SmallCorpus.Collection, "atraso na entrega", 5), CancellationToken.None);

        Assert.Equal(result.Chunks.Select(c => c.Chunk.Id), chunks.Select(c => c.Chunk.Id));
    }
}
