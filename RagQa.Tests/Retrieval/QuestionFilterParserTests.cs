using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;

namespace RagQa.Tests.Retrieval;

public sealed class QuestionFilterParserTests
{
    [Theory]
    [InlineData("Quais são as avaliações de 1 estrela?", 1, 1)]
    [InlineData("O que dizem as reviews de uma estrela sobre a entrega?", 1, 1)]
    [InlineData("reclamações com 5 estrelas", 5, 5)]
    [InlineData("avaliações CINCO ESTRELAS sobre o produto", 5, 5)]
    [InlineData("O que os clientes com notas 4 e 5 elogiam?", 4, 5)]
    // Bounds written as symbols (ScoreSymbols).
    [InlineData("<= 2 star rows from 2018: recurring issues?", 1, 2)]
    [InlineData("top praise, >= 4 estrellas", 4, 5)]
    [InlineData("what do 4+ star reviews praise?", 4, 5)]
    // Spanish stars and numbers.
    [InlineData("¿Qué critican las reseñas de 1 estrella de marzo a mayo de 2018?", 1, 1)]
    [InlineData("¿cuáles fueron los principales elogios de quienes dieron cuatro o cinco estrellas?", 4, 5)]
    [InlineData("¿de qué se quejan las reseñas de dos estrellas?", 2, 2)]
    [InlineData("Quisiera saber qué destacan los clientes que ponen más de 3 estrellas.", 4, 5)]
    [InlineData("¿qué critican los que dieron 2 estrellas o menos?", 1, 2)]
    [InlineData("Resumo das notas entre 2 e 4", 2, 4)]
    [InlineData("avaliações de 1 a 3 estrelas", 1, 3)]
    [InlineData("comentários com 1 ou 2 estrelas", 1, 2)]
    [InlineData("avaliações com nota 3", 3, 3)]
    [InlineData("Clientes que deram nota baixa reclamam de quê?", 1, 2)]
    [InlineData("avaliações ruins sobre o atendimento", 1, 2)]
    [InlineData("principais elogios nas avaliações positivas", 4, 5)]
    [InlineData("produtos mal avaliados", 1, 2)]
    [InlineData("avaliações com pelo menos 4 estrelas", 4, 5)]
    [InlineData("4 estrelas ou mais", 4, 5)]
    [InlineData("reviews com menos de 3 estrelas", 1, 2)]
    [InlineData("nota maior que 3", 4, 5)]
    [InlineData("avaliações com até 2 estrelas", 1, 2)]
    [InlineData("What do 1-star reviews say about delivery?", 1, 1)]
    [InlineData("five star reviews about packaging", 5, 5)]
    [InlineData("reviews rated 4 or 5", 4, 5)]
    [InlineData("what are the most common complaints in negative reviews?", 1, 2)]
    [InlineData("at least 4 stars", 4, 5)]
    [InlineData("avaliações neutras", 3, 3)]
    public void Recognises_review_score_constraints(string question, int min, int max)
    {
        var filters = QuestionFilterParser.Recognise(question);

        Assert.Equal(min, filters.MinScore);
        Assert.Equal(max, filters.MaxScore);
    }

    [Theory]
    [InlineData("Quais as reclamações mais comuns?")]
    [InlineData("Problemas com a nota fiscal")]
    [InlineData("nota 10 para a entrega")]
    [InlineData("quais os pontos positivos e negativos das avaliações positivas e negativas")]
    [InlineData("o produto tem 3,5 de nota?")]
    [InlineData("comprei 2 e recebi 1")]
    public void Leaves_the_score_alone_when_none_is_stated(string question)
    {
        var filters = QuestionFilterParser.Recognise(question);

        Assert.Null(filters.MinScore);
        Assert.Null(filters.MaxScore);
    }

    [Theory]
    [InlineData("Quais as reclamações em 2018?", "2018-01-01", "2018-12-31")]
    [InlineData("problemas de entrega em 2017", "2017-01-01", "2017-12-31")]
    [InlineData("avaliações de 2018", "2018-01-01", "2018-12-31")]
    [InlineData("o que os clientes disseram em janeiro de 2018", "2018-01-01", "2018-01-31")]
    [InlineData("EM FEVEREIRO DE 2018 houve atrasos?", "2018-02-01", "2018-02-28")]
    [InlineData("reclamações entre março e maio de 2018", "2018-03-01", "2018-05-31")]
    [InlineData("avaliações de março a maio de 2018", "2018-03-01", "2018-05-31")]
    [InlineData("entre novembro e fevereiro de 2018", "2017-11-01", "2018-02-28")]
    [InlineData("entre dezembro de 2017 e fevereiro de 2018", "2017-12-01", "2018-02-28")]
    [InlineData("avaliações entre 2017 e 2018", "2017-01-01", "2018-12-31")]
    [InlineData("reclamações de jan/2018", "2018-01-01", "2018-01-31")]
    [InlineData("avaliações de 05/2018", "2018-05-01", "2018-05-31")]
    [InlineData("o que aconteceu em 15/01/2018", "2018-01-15", "2018-01-15")]
    [InlineData("reviews in 2018", "2018-01-01", "2018-12-31")]
    [InlineData("complaints in January 2018", "2018-01-01", "2018-01-31")]
    [InlineData("reviews between March and May 2018", "2018-03-01", "2018-05-31")]
    [InlineData("avaliações desde abril de 2018", "2018-04-01", null)]
    [InlineData("avaliações depois de março de 2018", "2018-04-01", null)]
    [InlineData("reclamações antes de 2018", null, "2017-12-31")]
    [InlineData("avaliações até junho de 2017", null, "2017-06-30")]
    [InlineData("reviews since 2018", "2018-01-01", null)]
    public void Recognises_review_date_ranges(string question, string? from, string? to)
    {
        var filters = QuestionFilterParser.Recognise(question);

        Assert.Equal(from is null ? null : DateOnly.Parse(from), filters.DateFrom);
        Assert.Equal(to is null ? null : DateOnly.Parse(to), filters.DateTo);
    }

    [Theory]
    [InlineData("comprei em fevereiro e o rastreamento está parado")]
    [InlineData("o anúncio dizia que a peça servia para carros a partir de 2007, mas só serve para modelos de 2009 em diante")]
    [InlineData("modelo de 2009")]
    [InlineData("comprei 2018 unidades")]
    [InlineData("entregas no último ano")]
    [InlineData("em 31/02/2018")]
    public void Leaves_dates_alone_when_none_is_clearly_stated(string question)
    {
        var filters = QuestionFilterParser.Recognise(question);

        Assert.Null(filters.DateFrom);
        Assert.Null(filters.DateTo);
    }

    [Fact]
    public void Recognises_score_and_date_together()
    {
        var filters = QuestionFilterParser.Recognise("Avaliações de 1 estrela em janeiro de 2018 sobre atraso");

        Assert.Equal(new QueryFilters(1, 1, new DateOnly(2018, 1, 1), new DateOnly(2018, 1, 31), null), filters);
    }

    [Fact]
    public void Keeps_the_question_whole()
    {
        const string question = "Avaliações de 1 estrela em 2018 sobre atraso";

        Assert.Equal(question, QuestionFilterParser.Parse(question, null).Question);
    }

    [Fact]
    public void Explicit_filters_win_per_dimension()
    {
        var explicitFilters = new QueryFilters(4, 5, null, null, new Dictionary<string, string> { ["order_id"] = "x" });

        var parsed = QuestionFilterParser.Parse("avaliações de 1 estrela em 2018", explicitFilters);

        Assert.Equal(4, parsed.Filters.MinScore);
        Assert.Equal(5, parsed.Filters.MaxScore);
        Assert.Equal(new DateOnly(2018, 1, 1), parsed.Filters.DateFrom);
        Assert.Equal(new DateOnly(2018, 12, 31), parsed.Filters.DateTo);
        Assert.Equal("x", parsed.Filters.Metadata!["order_id"]);
        Assert.Equal(1, parsed.Recognised.MinScore);
    }

    [Fact]
    public void An_explicit_bound_on_one_side_keeps_the_whole_dimension()
    {
        var parsed = QuestionFilterParser.Parse("avaliações em 2018", new QueryFilters(null, null, new DateOnly(2017, 6, 1), null, null));

        Assert.Equal(new DateOnly(2017, 6, 1), parsed.Filters.DateFrom);
        Assert.Null(parsed.Filters.DateTo);
    }

    [Fact]
    public void Nothing_recognised_and_nothing_given_is_no_filter()
    {
        Assert.Equal(QueryFilters.None, QuestionFilterParser.Parse("Quais as reclamações mais comuns?", null).Filters);
        Assert.Null(QuestionFilterParser.Apply("Quais as reclamações mais comuns?", null));
    }

    [Fact]
    public void Vector_filters_gain_recognised_conditions_only_on_free_keys()
    {
        var given = new VectorFilter([new MetadataCondition(QueryFilters.ScoreKey, From: "4"), new MetadataCondition("order_id", EqualTo: "x")]);

        var applied = QuestionFilterParser.Apply("avaliações de 1 estrela em 2018", given)!;

        Assert.Equal(3, applied.Conditions.Count);
        Assert.Equal("4", applied.Conditions.Single(c => c.Key == QueryFilters.ScoreKey).From);
        var date = applied.Conditions.Single(c => c.Key == QueryFilters.DateKey);
        Assert.Equal("2018-01-01", date.From);
        Assert.Equal("2018-12-31 23:59:59", date.To);
    }

    [Fact]
    public void An_explicit_vector_filter_is_kept_as_is_when_nothing_is_recognised()
    {
        var given = new VectorFilter([new MetadataCondition("order_id", EqualTo: "x")]);

        Assert.Same(given, QuestionFilterParser.Apply("reclamações sobre atraso", given));
    }
}
