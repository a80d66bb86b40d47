using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using RagQa.Core.Analytics;
using RagQa.Core.Analytics.Tools;
using RagQa.Core.Answering;
using RagQa.Core.Caching;
using RagQa.Core.Chunks;
using RagQa.Core.Escalation;
using RagQa.Core.Query;
using RagQa.Core.Query.Steps;
using RagQa.Tests.Answering;
using RagQa.Tests.Audit;
using RagQa.Tests.Caching;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Analytics;

/// <summary>
/// Analytical questions answered by a chat model with the analysis tools, through the query worker's own steps on the
/// 2,000-review sample (528 of them scored 1–2): the scripted model calls a tool, the database counts, and its answer
/// is kept only when every number in it came from a tool result; else the parser's plan answers, or a human does.
/// </summary>
[Collection(LocalServersCollection.Name)]
public sealed class AnalysisToolAnswerTests(LocalServers servers)
{
    private const string Question = "Qual a proporção de avaliações negativas?";

    private static readonly CultureInfo Portuguese = CultureInfo.GetCultureInfo("pt-BR");

    private static readonly (string, string)[] CountNegatives = [(AnalysisToolSet.CountTool, """{"reviews": {"min_score": 1, "max_score": 2}}""")];

    /// <summary>"26,4% das avaliações são negativas (nota 1 ou 2): 528 de 2.000.", written from the tool's result.</summary>
    private static string FromResult(IReadOnlyList<JsonElement> results)
    {
        var result = results[0];
        return string.Create(Portuguese, $"{result.GetProperty("percent").GetDouble():0.0}% das avaliações são negativas (nota 1 ou 2): " +
                                         $"{result.GetProperty("count").GetInt32():N0} de {result.GetProperty("reviews").GetInt32():N0}.");
    }

    private async Task<(QueryView View, ScriptedToolCallingChatClient Model, IReadOnlyList<CollectedMeasurement<long>> Withheld)> AskAsync(
        IReadOnlyList<(string, string)> calls, Func<IReadOnlyList<JsonElement>, string> answer)
    {
        var model = new ScriptedToolCallingChatClient(calls, answer);
        await using var pipeline = new QueryWorkerHarness(await OlistSampleDatabase.GetAsync(servers), servers.RedisConnectionString, toolModel: model);
        using var withheld = new MetricCollector<long>(pipeline.Meters, AnalysisToolMetrics.MeterName, "ragqa.analysis.withheld_answers");
        var queryId = await pipeline.AskAsync(Question);
        return ((await pipeline.Queries.GetAsync(queryId, CancellationToken.None))!, model, withheld.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task A_model_answer_whose_numbers_came_from_the_tools_is_kept_with_the_tools_figures()
    {
        var (view, model, withheld) = await AskAsync(CountNegatives, FromResult);

        Assert.Equal(
            [AnalysisToolSet.CountTool, AnalysisToolSet.AverageTool, AnalysisToolSet.BreakdownTool, AnalysisToolSet.CompareTool],
            model.OfferedTools[0]);
        Assert.StartsWith("26,4% das avaliações são negativas (nota 1 ou 2): 528 de 2.000.\nExemplos:", view.Answer);
        Assert.Equal((ChatAnswerGenerator.Mode, AnswerKinds.Analytical), (view.Mode, view.Kind));
        Assert.Equal((2000, 528), (view.Analysis!.Population, view.Analysis.Matching));
        Assert.NotEmpty(view.Citations);
        Assert.Equal(new AnswerOptions().ToolAnswerConfidence, view.Confidence!.Value, 4);
        Assert.False(view.Escalated);
        Assert.Empty(withheld);
    }

    [Fact]
    public async Task An_invented_number_withholds_the_model_answer_and_the_parsers_plan_answers()
    {
        var (view, _, withheld) = await AskAsync(CountNegatives, results => FromResult(results) + " São 3,4 pontos a mais que em 2017.");

        Assert.DoesNotContain("3,4 pontos", view.Answer);
        Assert.Contains("528 de 2.000", view.Answer);
        Assert.Equal(ExtractiveAnswerer.Mode, view.Mode);
        Assert.Equal((2000, 528), (view.Analysis!.Population, view.Analysis.Matching));
        Assert.Equal(AnalysisToolOutcome.UnbackedNumber, Assert.Single(withheld).Tags["reason"]);
    }

    [Fact]
    public async Task A_model_that_calls_no_tool_is_withheld_even_with_a_plausible_figure()
    {
        var (view, model, withheld) = await AskAsync([], _ => "Cerca de 26,4% das avaliações são negativas.");

        Assert.Empty(model.Results);
        Assert.Equal(ExtractiveAnswerer.Mode, view.Mode);
        Assert.Contains("528 de 2.000", view.Answer);
        Assert.Equal(AnalysisToolOutcome.NoToolResult, Assert.Single(withheld).Tags["reason"]);
    }

    [Fact]
    public async Task Without_a_plan_to_fall_back_on_a_withheld_answer_goes_to_a_human()
    {
        using var model = new ScriptedToolCallingChatClient([], _ => "São 412 avaliações.");
        await using var dataSource = NpgsqlDataSource.Create(await OlistSampleDatabase.GetAsync(servers));
        var answerer = new AnalysisToolAnswerer(model, new ReviewAnalytics(dataSource, new ChunkStore(dataSource)),
            Options.Create(new AnswerOptions()), CacheTestSupport.MeterFactory(), NullLoggerFactory.Instance);
        var context = new QueryContext(new NewQuery(Guid.NewGuid(), "Quantos clientes ficaram felizes com a cor?", OlistSampleDatabase.Collection, 5, null, null), 0, null)
        {
            Question = new ClassifiedQuestion(QuestionIntent.Count, AnswerLanguage.Portuguese),
            CacheKey = new AnswerCacheKey(OlistSampleDatabase.Collection, "aggregate", "count", ReadOnlyMemory<sbyte>.Empty, []),
        };

        await new AnalyzeWithToolsStep(answerer).InvokeAsync(context, CancellationToken.None);
        await new ValidateAnswerStep(Core.Guardrails.PiiRedactor.Default, new RecordingAuditTrail(), new QueryMetrics(CacheTestSupport.MeterFactory()), Options.Create(new AnswerOptions()))
            .InvokeAsync(context, CancellationToken.None);

        Assert.Equal(AnalysisPhrases.Withheld(AnswerLanguage.Portuguese), context.Answer!.Text);
        Assert.Null(context.CacheKey);
        Assert.Equal(0, context.Confidence);
        Assert.Equal(EscalationReason.ValidationFailed,
            EscalationTrigger.ReasonFor(context.Confidence, context.Answer.GroundingCoverage, new EscalationOptions().ConfidenceThreshold));
    }
}
