using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using Npgsql;
using RagQa.Benchmarks.ApiClient;
using RagQa.Benchmarks.Live;
using RagQa.Core.Answering;
using RagQa.Core.Retrieval;

namespace RagQa.Benchmarks.Eval;

/// <summary>
/// Evaluation of a local-mode system started here (default data: a fresh folder, so the knowledge base is the
/// seeded 2,000-review sample the labelled sets were written from). Retrieval: recall@5, recall@10, MRR@10 and the
/// latency (p50, p95) of <c>POST /search</c> in each mode on eval/retrieval/known_items.jsonl and on each split of
/// eval/retrieval/paraphrases.jsonl. Answers: deterministic checks as
/// Microsoft.Extensions.AI.Evaluation evaluators — citation validity (quotes are exact substrings of their
/// chunks, markers present) and count accuracy (theme counts equal independent SQL counts) — and, when a judge
/// model is configured (<see cref="JudgeModel"/>), relevance and groundedness scored 1–5 by that model.
/// With <c>--analytics</c>, the analytical question set instead (<see cref="AnalyticsEvaluation"/>).
/// </summary>
public static class EvalBenchmark
{
    private const int RecallK = 5;
    private const int MrrK = 10;
    private const string Collection = "olist_reviews";

    private static readonly string[] AnswerQuestions =
    [
        "Quais são as reclamações mais comuns?", "O que os clientes mais elogiam?", "Qual a proporção de entregas atrasadas?",
        "Quantos clientes reclamaram de produto quebrado?", "O produto chegou quebrado?", "A entrega foi rápida?",
        "Reclamações de avaliações de 1 estrela em 2018", "Os clientes receberam o produto errado?", "O vendedor respondeu às mensagens?",
        "What do customers complain about most?", "A embalagem chegou danificada?", "Produto falsificado ou diferente do anunciado",
        "O que dizem sobre a nota fiscal?", "Did the product arrive on time?", "Quais são as reclamações mais comuns em avaliações de 2 estrelas?",
    ];

    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        if (arguments.Has("analytics")) return await AnalyticsEvaluation.RunAsync(arguments);
        var judge = JudgeModel.FromArguments(arguments);
        await using var system = await LocalSystem.StartAsync(arguments.Has("data") ? arguments : arguments.With("data", "/tmp/perf-eval"));
        using var http = system.CreateHttpClient(TimeSpan.FromMinutes(2));
        var api = new RagQaApiClient(http);
        await WaitForSeedAsync(api);
        await LocalSystem.WarmUpAsync(api);
        await using var database = NpgsqlDataSource.Create(await system.ConnectionStringAsync("ragqa") ?? throw new InvalidOperationException("no database"));

        var sets = new List<(string Name, IReadOnlyList<KnownItem> Items)> { ("known items", KnownItem.Load(KnownItem.KnownItemsFile)) };
        sets.AddRange(KnownItem.Load(KnownItem.ParaphrasesFile).GroupBy(p => p.Split).OrderBy(g => g.Key).Select(g => ($"paraphrases {g.Key}", (IReadOnlyList<KnownItem>)g.ToList())));
        var retrieval = new StringBuilder("| set | questions | mode | recall@5 | recall@10 | MRR@10 | p50 ms | p95 ms |\n| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var (name, set) in sets)
        {
            foreach (var mode in new[] { "dense", "lexical", "hybrid" })
            {
                var (r5, r10, mrr, latencies) = await RetrievalAsync(api, set, mode);
                retrieval.Append($"| {name} | {set.Count} | {mode} | {r5:F3} | {r10:F3} | {mrr:F3} | {Percentiles.Of(latencies, 50):F0} | {Percentiles.Of(latencies, 95):F0} |\n");
            }
        }

        var answers = new StringBuilder("| question | mode | citations | citation validity | count accuracy | relevance | groundedness | confidence |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        var evaluators = new CompositeEvaluator(new CitationValidityEvaluator(), new ThemeCountEvaluator(), new RelevanceEvaluator(), new GroundednessEvaluator());
        var validities = new List<double>();
        var accuracies = new List<double>();
        var relevances = new List<double>();
        var groundednesses = new List<double>();
        foreach (var question in AnswerQuestions)
        {
            var polled = await QueryPolling.AskAsync(api, question);
            var view = polled.Query ?? throw new InvalidOperationException($"POST /query {polled.Status}: {polled.Error}");
            var citations = new List<CitedChunks.Citation>();
            foreach (var citation in view.Citations)
            {
                citations.Add(new CitedChunks.Citation(citation.Index, citation.Quote ?? "", await ChunkTextAsync(database, citation.Chunk_id)));
            }
            var answer = view.Answer ?? "";
            var result = await evaluators.EvaluateAsync(
                [new ChatMessage(ChatRole.User, question)], new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)), judge,
                [new CitedChunks(citations), new IndependentCounts(await ThemeCountsAsync(database, answer))]);
            var validity = result.Get<NumericMetric>(CitationValidityEvaluator.MetricName).Value;
            var accuracy = result.Get<NumericMetric>(ThemeCountEvaluator.MetricName).Value;
            var relevance = result.Get<NumericMetric>(RelevanceEvaluator.MetricName).Value;
            var groundedness = result.Get<NumericMetric>(GroundednessEvaluator.MetricName).Value;
            if (validity is { } v) validities.Add(v);
            if (accuracy is { } a) accuracies.Add(a);
            if (relevance is { } r) relevances.Add(r);
            if (groundedness is { } g) groundednesses.Add(g);
            if (judge is not null) ReportJudgeErrors(question, result);
            answers.Append($"| {question} | {view.Mode} | {citations.Count} | {Show(validity)} | {Show(accuracy)} | {Judged(judge, relevance)} | {Judged(judge, groundedness)} | {view.Confidence!.Value:F2} |\n");
        }

        Console.WriteLine($"""

            Evaluation — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, data {system.DataDirectory}

            Known-item retrieval through POST /search (latency: the request as the client sees it):

            {retrieval}
            Answers ({AnswerQuestions.Length} questions, deterministic checks{(judge is null ? "" : $" and the judge model {arguments.Get("judge-model", "")}")}):

            {answers}
            citation validity over all citations' answers: mean {validities.DefaultIfEmpty(double.NaN).Average():F3} ({validities.Count} answers with citations);
            count accuracy over aggregate answers: mean {accuracies.DefaultIfEmpty(double.NaN).Average():F3} ({accuracies.Count} answers listing themes);
            {JudgedSummary(judge, relevances, groundednesses)}
            """);
        return 0;
    }

    private static string Show(double? value) => value is { } v ? v.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "–";

    private static string Judged(ChatConfiguration? judge, double? score) => judge is null ? "– (no judge model)" : Show(score);

    private static string JudgedSummary(ChatConfiguration? judge, IReadOnlyList<double> relevances, IReadOnlyList<double> groundednesses) => judge is null
        ? "relevance and groundedness: not scored, no judge model configured (--judge-endpoint, --judge-model, --judge-key)"
        : $"relevance 1–5: mean {relevances.DefaultIfEmpty(double.NaN).Average():F2} ({relevances.Count} answers scored); "
          + $"groundedness 1–5: mean {groundednesses.DefaultIfEmpty(double.NaN).Average():F2} ({groundednesses.Count} answers with citations scored)";

    /// <summary>A judged score left empty says why on stderr (an unreadable reply, an answer citing nothing), so a "–" is not a mystery.</summary>
    private static void ReportJudgeErrors(string question, EvaluationResult result)
    {
        foreach (var metric in new[] { RelevanceEvaluator.MetricName, GroundednessEvaluator.MetricName }.Select(result.Get<NumericMetric>))
        {
            foreach (var error in metric.Diagnostics?.Where(d => d.Severity == EvaluationDiagnosticSeverity.Error) ?? [])
            {
                Console.Error.WriteLine($"{metric.Name} of \"{question}\": {error.Message}");
            }
        }
    }

    private static async Task<(double Recall5, double Recall10, double Mrr, List<double> LatenciesMs)> RetrievalAsync(
        RagQaApiClient api, IReadOnlyList<KnownItem> items, string mode)
    {
        var r5 = new List<double>();
        var r10 = new List<double>();
        var rr = new List<double>();
        var latencies = new List<double>();
        foreach (var item in items)
        {
            var started = Stopwatch.GetTimestamp();
            var found = await api.SearchChunksAsync(new SearchRequest { Query = item.Question, Collection = Collection, Top_k = MrrK, Mode = mode });
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var ranked = found.Results.Select(h => h.Source_id).Distinct().ToList();
            var expected = item.Expected.ToHashSet();
            r5.Add(RankingQuality.RecallAtK(ranked, expected, RecallK));
            r10.Add(RankingQuality.RecallAtK(ranked, expected, MrrK));
            rr.Add(RankingQuality.ReciprocalRankAtK(ranked, expected, MrrK));
        }
        return (RankingQuality.Mean(r5), RankingQuality.Mean(r10), RankingQuality.Mean(rr), latencies);
    }

    private static async Task<string?> ChunkTextAsync(NpgsqlDataSource database, Guid chunkId)
    {
        await using var command = database.CreateCommand("SELECT text FROM chunks WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = chunkId });
        return await command.ExecuteScalarAsync() as string;
    }

    /// <summary>
    /// Independent counts for the themes the answer lists: distinct reviews matching the theme's query, among the
    /// reviews of the answer's scope (negative for complaint themes, positive for praise, as the answer states).
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, int>> ThemeCountsAsync(NpgsqlDataSource database, string answer)
    {
        var counts = new Dictionary<string, int>();
        var defaults = new AnswerOptions();
        foreach (var (name, _) in ThemeCountEvaluator.Themes(answer))
        {
            var theme = ReviewThemes.All.FirstOrDefault(t => t.Portuguese == name);
            if (theme is null) continue;
            var scope = theme.Polarity == ThemePolarity.Complaint
                ? $"(metadata ->> 'review_score')::int <= {defaults.ComplaintMaxScore}"
                : $"(metadata ->> 'review_score')::int >= {defaults.PraiseMinScore}";
            await using var command = database.CreateCommand(
                $"SELECT count(DISTINCT source_id) FROM chunks WHERE collection = '{Collection}' AND {scope} AND tsv @@ to_tsquery('ragqa_pt', $1)");
            command.Parameters.Add(new NpgsqlParameter { Value = theme.TsQuery });
            counts[name] = (int)(long)(await command.ExecuteScalarAsync())!;
        }
        return counts;
    }

    /// <summary>Until every document of the seeded collection is indexed: a question asked earlier would see part of it.</summary>
    internal static async Task WaitForSeedAsync(RagQaApiClient api)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (DateTime.UtcNow < deadline)
        {
            var statuses = (await api.ListDocumentsAsync(Collection, null, null, null)).Items.Select(d => d.Status).ToList();
            if (statuses.Count > 0 && statuses.All(s => s == DocumentStatus.Indexed)) return;
            await Task.Delay(2000);
        }
        throw new TimeoutException("The seed was not indexed within 10 minutes.");
    }
}
