using RagQa.Benchmarks.ApiClient;

namespace RagQa.Benchmarks.Load;

/// <summary>
/// A realistic, reproducible (seeded) stream of /query bodies: 40 % verbatim repeats of a few popular questions
/// (what a semantic cache is for), the rest composed from products × situations, a quarter of them aggregate
/// questions over the whole collection, about a third with explicit filters (score range, date range), in
/// Portuguese and English.
/// </summary>
public sealed class QuestionMix(int seed)
{
    public const double RepeatedShare = 0.40;
    public const double AggregateShare = 0.25;
    public const double FilteredShare = 0.35;
    public const double EnglishShare = 0.25;

    /// <summary>A /query body (the contract's <see cref="QueryRequest"/>) and what kind of question it is (for the report).</summary>
    public sealed record Request(QueryRequest Body, string Kind);

    private static readonly string[] Popular =
    [
        "Quais são as reclamações mais comuns?",
        "O que os clientes mais elogiam?",
        "Qual a proporção de entregas atrasadas?",
        "O produto chegou quebrado?",
        "A entrega foi rápida?",
        "What do customers complain about most?",
        "Os clientes receberam o produto errado?",
        "Was the delivery late?",
    ];

    private static readonly string[] ProductsPt =
    [
        "relógio", "celular", "fone de ouvido", "cadeira", "mochila", "lençol", "perfume", "tênis", "panela", "livro",
        "brinquedo", "luminária", "capinha", "cortina", "toalha", "bolsa", "impressora", "ventilador", "tapete", "óculos",
    ];

    private static readonly string[] ProductsEn =
    [
        "watch", "phone", "headphones", "chair", "backpack", "bed sheet", "perfume", "sneakers", "pan", "book",
        "toy", "lamp", "phone case", "curtain", "towel", "bag", "printer", "fan", "rug", "glasses",
    ];

    private static readonly string[] SituationsPt =
    [
        "chegou quebrado", "chegou atrasado", "veio com defeito", "era diferente do anunciado", "veio bem embalado",
        "chegou antes do prazo", "veio incompleto", "tem boa qualidade", "foi entregue no endereço errado", "valeu o preço",
    ];

    private static readonly string[] SituationsEn =
    [
        "arrived broken", "arrived late", "was defective", "was different from the listing", "was well packaged",
        "arrived early", "came incomplete", "has good quality", "went to the wrong address", "was worth the price",
    ];

    private static readonly string[] AggregatesPt =
    [
        "Quais são as reclamações mais comuns sobre {0}?", "O que os clientes elogiam em {0}?",
        "Quantos clientes reclamaram que o {0} {1}?", "Quantas avaliações dizem que o {0} {1}?",
    ];

    private static readonly string[] AggregatesEn =
    [
        "What are the most common complaints about the {0}?", "What do customers praise about the {0}?",
        "How many customers said the {0} {1}?",
    ];

    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();

    public Request Next()
    {
        lock (_gate)
        {
            if (_random.NextDouble() < RepeatedShare) return new Request(new QueryRequest { Question = Pick(Popular) }, "repeated");
            var english = _random.NextDouble() < EnglishShare;
            var product = _random.Next(ProductsPt.Length);
            var situation = _random.Next(SituationsPt.Length);
            var aggregate = _random.NextDouble() < AggregateShare;
            var question = (aggregate, english) switch
            {
                (true, false) => string.Format(Pick(AggregatesPt), ProductsPt[product], SituationsPt[situation]),
                (true, true) => string.Format(Pick(AggregatesEn), ProductsEn[product], SituationsEn[situation]),
                (false, false) => $"O {ProductsPt[product]} {SituationsPt[situation]}?",
                (false, true) => $"Did anyone say the {ProductsEn[product]} {SituationsEn[situation]}?",
            };
            var kind = (aggregate ? "aggregate" : "specific") + (english ? "/en" : "/pt");
            if (_random.NextDouble() >= FilteredShare) return new Request(new QueryRequest { Question = question }, kind);
            var low = _random.Next(1, 6);
            // The draws in the same order as ever, so a seed gives the stream earlier runs in docs/benchmarks.md got.
            var filters = _random.Next(2) == 0
                ? new QueryFilters { Min_score = low, Max_score = Math.Min(5, low + _random.Next(0, 2)) }
                : new QueryFilters { Date_from = FirstOfMonth(2010 + _random.Next(7, 9), _random.Next(1, 13)), Date_to = new DateTimeOffset(2018, 12, 31, 0, 0, 0, TimeSpan.Zero) };
            return new Request(new QueryRequest { Question = question, Filters = filters }, kind + "+filters");
        }
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    private static DateTimeOffset FirstOfMonth(int year, int month) => new(year, month, 1, 0, 0, 0, TimeSpan.Zero);
}
