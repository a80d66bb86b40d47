using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Retrieval;

[Collection(LocalServersCollection.Name)]
public sealed class LexicalSearcherTests(LocalServers servers) : IAsyncLifetime
{
    private SmallCorpus _corpus = null!;
    private LexicalSearcher _searcher = null!;

    public async Task InitializeAsync()
    {
        _corpus = await SmallCorpus.CreateAsync(servers);
        _searcher = new LexicalSearcher(_corpus.DataSource);
    }

    public async Task DisposeAsync() => await _corpus.DisposeAsync();

    private Task<IReadOnlyList<Guid>> Search(string question, VectorFilter? filter = null, string collection = SmallCorpus.Collection) =>
        _searcher.SearchAsync(collection, question, 10, filter, CancellationToken.None);

    [Fact]
    public async Task A_rare_word_outranks_words_every_review_has()
    {
        var ids = await _corpus.AddAsync(
            ("O produto chegou no prazo, produto bom", 5, "2018-01-01"),
            ("Produto chegou bem embalado, produto ótimo", 5, "2018-01-02"),
            ("Produto chegou antes do prazo", 4, "2018-01-03"),
            ("Veio só o esterilizador, faltou a chupeta", 1, "2018-01-04"));

        var found = await Search("o produto chegou sem a chupeta");

        Assert.Equal(ids[3], found[0]);
        Assert.Equal(4, found.Count);
    }

    [Fact]
    public async Task Expansion_words_find_a_review_the_question_misses_but_count_less_than_the_question_s_own()
    {
        var ids = await _corpus.AddAsync(
            ("O visor veio trincado", 3, "2018-01-01"),
            ("A tela veio rachada e o visor apagado", 1, "2018-01-02"),
            ("Tudo certo", 5, "2018-01-03"));

        var plain = await Search("tela rachada");
        var expanded = await _searcher.SearchAsync(SmallCorpus.Collection, "tela rachada", [new("trincado", 0.3), new("visor", 0.3)], TypoTolerance.Off, 10, null, CancellationToken.None);

        Assert.Equal([ids[1]], plain);
        Assert.Equal([ids[1], ids[0]], expanded);
    }

    [Fact]
    public async Task Accents_case_and_inflections_do_not_matter()
    {
        var ids = await _corpus.AddAsync(("RECLAMAÇÃO: entregaram o pedido errado", 1, "2018-01-01"), ("Tudo certo", 5, "2018-01-02"));

        Assert.Equal([ids[0]], await Search("reclamacoes sobre entregas"));
    }

    [Fact]
    public async Task Longer_lexemes_also_match_as_prefixes()
    {
        var ids = await _corpus.AddAsync(("O entregador foi muito educado", 5, "2018-01-01"), ("Nada a declarar", 5, "2018-01-02"));

        Assert.Equal([ids[0]], await Search("como foi a entrega?"));
    }

    [Fact]
    public async Task Of_equally_matching_reviews_the_shorter_comes_first()
    {
        var ids = await _corpus.AddAsync(
            ("Atraso na entrega do pedido, e o vendedor nunca respondeu aos meus emails de reclamação", 1, "2018-01-01"),
            ("Atraso", 2, "2018-01-02"));

        Assert.Equal([ids[1], ids[0]], await Search("atraso"));
    }

    [Fact]
    public async Task Filters_and_collection_restrict_the_matches()
    {
        var ids = await _corpus.AddAsync(("Atrasou muito", 1, "2017-05-01"), ("Atrasou um pouco", 4, "2018-05-01"));

        Assert.Equal([ids[0]], await Search("atrasou", new VectorFilter([new MetadataCondition(QueryFilters.ScoreKey, To: "2")])));
        Assert.Equal([ids[1]], await Search("atrasou", new QueryFilters(null, null, new DateOnly(2018, 1, 1), null, null).ToVectorFilter()));
        Assert.Empty(await Search("atrasou", collection: "product_docs"));
    }

    [Fact]
    public async Task A_question_of_stop_words_only_finds_nothing()
    {
        await _corpus.AddAsync(("O que é isso", 3, "2018-01-01"));

        Assert.Empty(await Search("o que é isso?"));
    }

    [Fact]
    public async Task With_typo_tolerance_a_misspelt_word_finds_the_review_of_the_word_it_resembles()
    {
        var ids = await _corpus.AddAsync(("O relógio parou no segundo dia", 1, "2018-01-01"), ("Gostei da pulseira", 5, "2018-01-02"));

        Assert.Empty(await Search("relojio"));
        Assert.Equal([ids[0]], await _searcher.SearchAsync(SmallCorpus.Collection, "relojio", [], new TypoTolerance(0.5, 0.4), 10, null, CancellationToken.None));
    }

    [Fact]
    public async Task Typo_tolerance_leaves_words_the_collection_contains_and_weighs_corrections_less()
    {
        var ids = await _corpus.AddAsync(("A pulseira veio curta", 3, "2018-01-01"), ("A pulseira veio curva", 3, "2018-01-02"), ("Atrasou", 1, "2018-01-03"));
        var typos = new TypoTolerance(0.5, 0.3);

        // "curta" is in the collection, so "curva" is not added as its correction.
        Assert.Equal([ids[0]], await _searcher.SearchAsync(SmallCorpus.Collection, "curta", [], typos, 10, null, CancellationToken.None));
        // "cuurta" is not: its closest lexeme counts, at half a word's weight, below the exact "atrasou".
        var found = await _searcher.SearchAsync(SmallCorpus.Collection, "cuurta atrasou", [], typos, 10, null, CancellationToken.None);
        Assert.Equal(ids[2], found[0]);
        Assert.Contains(ids[0], found);
        Assert.DoesNotContain(ids[1], found);
    }
}
