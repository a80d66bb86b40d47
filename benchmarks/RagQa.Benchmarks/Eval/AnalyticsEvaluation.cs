using System.Text.Json;
using RagQa.Benchmarks.ApiClient;
using RagQa.Benchmarks.Live;

namespace RagQa.Benchmarks.Eval;

/// <summary>
/// <c>eval --analytics</c>: asks every question of eval/analytics (one split, or all) through <c>POST /query</c> of a
/// local-mode system started here (data in /tmp/perf-eval, the seeded sample the truth was computed from) or of
/// <c>--api URL</c>, scores each reply against truth.jsonl with <see cref="AnswerScorer"/> and prints
/// <see cref="AnalyticsReport"/> (and, with <c>--results FILE</c>, one JSON line per question). Questions are asked one at a time: the figures are accuracy and calibration,
/// and latency without contention.
/// </summary>
public static class AnalyticsEvaluation
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var split = arguments.Get("split", "dev");
        var questionsPath = arguments.Get("questions", AnalyticsSet.DefaultQuestionsPath);
        var truth = AnalyticsSet.ReadTruth(AnalyticsSet.TruthPathFor(questionsPath));
        var questions = AnalyticsSet.OfSplit(AnalyticsSet.ReadQuestions(questionsPath), split);
        var missing = questions.Where(q => !truth.ContainsKey(q.Id)).Select(q => q.Id).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"No truth for {string.Join(", ", missing)}: run python3 eval/analytics/compute_truth.py");
            return 1;
        }

        await using var system = arguments.Has("api") ? null : await LocalSystem.StartAsync(arguments.Has("data") ? arguments : arguments.With("data", "/tmp/perf-eval"));
        using var http = system?.CreateHttpClient(TimeSpan.FromMinutes(2)) ?? ExternalApi.CreateHttpClient(arguments, TimeSpan.FromMinutes(2));
        var api = new RagQaApiClient(http);
        await EvalBenchmark.WaitForSeedAsync(api);
        await LocalSystem.WarmUpAsync(api);
        // Answers cached by an earlier run (the data folder is kept) would be scored as this run's.
        if (system is not null) await system.ClearRedisAsync();

        var scored = new List<ScoredAnswer>();
        foreach (var question in questions)
        {
            var reply = await AskAsync(api, question.Question);
            scored.Add(new ScoredAnswer(question, truth[question.Id], reply, AnswerScorer.Score(truth[question.Id], reply)));
            Console.Error.Write($"\r[eval] {scored.Count}/{questions.Count}, {scored.Count(s => s.Verdict.Right)} right");
        }
        Console.Error.WriteLine();

        var description = system is null ? $"api {arguments.Get("api", "")}" : $"local system, data {system.DataDirectory}";
        Console.WriteLine(AnalyticsReport.Format($"{description}, questions {questionsPath}", split, scored));
        if (arguments.Has("results")) await WriteResultsAsync(arguments.Get("results", ""), scored);
        return 0;
    }

    /// <summary>One JSON line per question (<c>--results FILE</c>): the raw material for fitting and checking calibration.</summary>
    private static async Task WriteResultsAsync(string path, IReadOnlyList<ScoredAnswer> scored)
    {
        var lines = scored.Select(s => JsonSerializer.Serialize(new
        {
            id = s.Question.Id,
            split = s.Question.Split,
            type = s.Question.Type,
            question = s.Question.Question,
            kind = s.Reply.Kind,
            confidence = s.Reply.Confidence,
            escalated = s.Reply.Escalated,
            http = s.Reply.HttpStatus,
            right = s.Verdict.Right,
            why = s.Verdict.Reason,
            cited = s.Reply.Citations.Select(c => new { source_id = c.SourceId, score = c.Score }),
        }));
        await File.WriteAllLinesAsync(path, lines);
    }

    private static async Task<QueryReply> AskAsync(RagQaApiClient api, string question)
    {
        var polled = await QueryPolling.AskAsync(api, question);
        if (polled.Status is not (200 or 202))
        {
            var code = polled.Problem is { } problem ? RagQaApiClient.WireName(problem.Code) : null;
            return new QueryReply { HttpStatus = polled.Status, ProblemCode = code };
        }
        // One reply off the contract scores wrong with the reason shown; it does not end a run of minutes.
        if (polled.Query is not { } view) return new QueryReply { HttpStatus = polled.Status, Status = $"unreadable: {polled.Error}" };
        return new QueryReply
        {
            HttpStatus = polled.Status,
            Status = RagQaApiClient.WireName(view.Status),
            Kind = view.Kind,
            Escalated = view.Escalated ?? false,
            Confidence = view.Confidence,
            LatencyMs = view.Latency_ms,
            Citations = view.Citations.Select(c => new QueryReplyCitation(c.Source_id, c.Score)).ToList(),
            Analysis = view.Analysis is { } analysis
                ? new QueryReplyAnalysis(analysis.Measure, analysis.Population, analysis.Matching, analysis.Value,
                    analysis.Table.Select(r => new QueryReplyRow(r.Label, r.Count, r.Share, r.Average_score)).ToList())
                : null,
        };
    }
}
