using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using RagQa.Benchmarks;
using RagQa.Benchmarks.Eval;
using RagQa.Tests.Answering;

namespace RagQa.Tests.Eval;

/// <summary>
/// The model-judged evaluators end to end: the judge is built from the eval program's arguments by
/// <see cref="JudgeModel"/> and called over real HTTP, but the model behind it is <see cref="OpenAIChatStub"/>, a STUB
/// judge playing back scripted replies in place of a paid chat-completions API.
/// </summary>
public sealed class JudgeEvaluatorTests
{
    private const string Question = "Quais são as reclamações mais comuns?";
    private const string Answer = "1) Atraso na entrega — 2 avaliações (50%): \"Demorou demais para chegar\" [1]";

    private static readonly CitedChunks Cited = new(
    [
        new CitedChunks.Citation(1, "Demorou demais para chegar", "Demorou demais para chegar, mais de um mês."),
        new CitedChunks.Citation(2, "caixa amassada", "Produto veio com a caixa amassada."),
    ]);

    private static ChatConfiguration StubJudge(OpenAIChatStub stub) => JudgeModel.FromArguments(BenchmarkArguments.Parse(
        ["--judge-endpoint", stub.BaseAddress + "/v1", "--judge-model", "judge-model-stub", "--judge-key", "sk-judge"]))!;

    private static ValueTask<EvaluationResult> EvaluateAsync(IEvaluator evaluator, ChatConfiguration? judge, params EvaluationContext[] context) =>
        evaluator.EvaluateAsync([new ChatMessage(ChatRole.User, Question)], new ChatResponse(new ChatMessage(ChatRole.Assistant, Answer)), judge, context);

    [Fact]
    public async Task Relevance_is_the_score_the_judge_replies_with_for_the_question_and_answer_it_was_sent()
    {
        await using var stub = await OpenAIChatStub.StartAsync(OpenAIChatStub.Answer(
            "<S0>Let's think step by step: a pergunta pede as reclamações.</S0><S1>Responde à pergunta com a contagem.</S1><S2>4</S2>"));

        var result = await EvaluateAsync(new RelevanceEvaluator(), StubJudge(stub));

        var metric = result.Get<NumericMetric>(RelevanceEvaluator.MetricName);
        Assert.Equal(4, metric.Value);
        Assert.Equal("Responde à pergunta com a contagem.", metric.Reason);
        Assert.Equal(EvaluationRating.Good, metric.Interpretation!.Rating);
        Assert.False(metric.Interpretation.Failed);
        Assert.Null(metric.Diagnostics);
        var request = Assert.Single(stub.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("judge-model-stub", request.Model);
        Assert.Equal("Bearer sk-judge", request.Authorization);
        Assert.Contains("temperature", request.Fields);
        Assert.Equal(["system", "user"], request.Messages.Select(m => m.Role));
        Assert.Contains($"QUERY: {Question}\nRESPONSE: {Answer}\n", request.Messages[1].Content);
    }

    [Fact]
    public async Task Groundedness_sends_the_cited_chunks_and_a_low_score_fails()
    {
        await using var stub = await OpenAIChatStub.StartAsync(OpenAIChatStub.Answer(
            "<S0>…</S0><S1>The answer counts 2 reviews; the context does not say so.</S1><S2>2</S2>"));

        var result = await EvaluateAsync(new GroundednessEvaluator(), StubJudge(stub), Cited);

        var metric = result.Get<NumericMetric>(GroundednessEvaluator.MetricName);
        Assert.Equal(2, metric.Value);
        Assert.Equal("The answer counts 2 reviews; the context does not say so.", metric.Reason);
        Assert.True(metric.Interpretation!.Failed);
        Assert.Equal("Groundedness is less than 4.", metric.Interpretation.Reason);
        Assert.Contains(CitedChunks.ContextName, metric.Context!.Keys);
        Assert.Contains(
            $"CONTEXT: [1] Demorou demais para chegar, mais de um mês.\n[2] Produto veio com a caixa amassada.\nQUERY: {Question}\nRESPONSE: {Answer}\n",
            Assert.Single(stub.Requests).Messages[1].Content);
    }

    [Fact]
    public async Task A_reply_without_a_score_is_an_error_diagnostic_not_an_exception()
    {
        await using var stub = await OpenAIChatStub.StartAsync(OpenAIChatStub.Answer("Desculpe, não consigo avaliar esta resposta."));

        var result = await EvaluateAsync(new RelevanceEvaluator(), StubJudge(stub));

        var metric = result.Get<NumericMetric>(RelevanceEvaluator.MetricName);
        Assert.Null(metric.Value);
        var error = Assert.Single(metric.Diagnostics!);
        Assert.Equal(EvaluationDiagnosticSeverity.Error, error.Severity);
        Assert.Contains("Desculpe, não consigo avaliar esta resposta.", error.Message);
        Assert.Equal(EvaluationRating.Inconclusive, metric.Interpretation!.Rating);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task Without_a_chat_configuration_both_evaluators_say_so_in_a_diagnostic()
    {
        var relevance = (await EvaluateAsync(new RelevanceEvaluator(), null)).Get<NumericMetric>(RelevanceEvaluator.MetricName);
        var groundedness = (await EvaluateAsync(new GroundednessEvaluator(), null, Cited)).Get<NumericMetric>(GroundednessEvaluator.MetricName);

        Assert.All([relevance, groundedness], metric =>
        {
            Assert.Null(metric.Value);
            var error = Assert.Single(metric.Diagnostics!);
            Assert.Equal(EvaluationDiagnosticSeverity.Error, error.Severity);
            Assert.Equal("No chat configuration: a judge model is needed.", error.Message);
        });
    }

    [Fact]
    public async Task An_answer_citing_nothing_is_not_sent_to_the_judge_for_groundedness()
    {
        await using var stub = await OpenAIChatStub.StartAsync(OpenAIChatStub.Answer("<S2>5</S2>"));

        var metric = (await EvaluateAsync(new GroundednessEvaluator(), StubJudge(stub), new CitedChunks([])))
            .Get<NumericMetric>(GroundednessEvaluator.MetricName);

        Assert.Null(metric.Value);
        Assert.Contains("nothing to ground the answer in", Assert.Single(metric.Diagnostics!).Message);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public void No_judge_arguments_mean_no_judge_and_incomplete_ones_are_refused()
    {
        Assert.Null(JudgeModel.FromArguments(BenchmarkArguments.Parse(["--data", "/tmp/x"])));
        Assert.Throws<ArgumentException>(() => JudgeModel.FromArguments(BenchmarkArguments.Parse(["--judge-endpoint", "http://127.0.0.1:1/v1"])));
        Assert.Throws<ArgumentException>(() => JudgeModel.FromArguments(BenchmarkArguments.Parse(["--judge-model", "m"])));
    }
}
