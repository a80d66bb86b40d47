using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RagQa.Core.Answering;
using RagQa.Core.Escalation;
using RagQa.Core.Messaging;
using RagQa.Tests.Answering;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Escalation;

/// <summary>
/// The query worker's pipeline over the real Olist sample on a real Postgres opens escalations by itself: for unsure
/// answers (here the hashing embedder stores no vectors, so a specific question has no dense evidence and scores 0.3)
/// and for answers that fail validation; never twice for one query; never for a confident answer.
/// </summary>
[Collection(LocalServersCollection.Name)]
public sealed class AutomaticEscalationTests(LocalServers servers)
{
    [Fact]
    public async Task A_low_confidence_answer_opens_one_escalation_even_when_the_message_is_redelivered()
    {
        await using var pipeline = new QueryWorkerHarness(await OlistSampleDatabase.GetAsync(servers), servers.RedisConnectionString);

        var queryId = await pipeline.AskAsync("O produto veio quebrado, quero o reembolso");
        await pipeline.Handler.HandleAsync(new ProcessQuery(queryId), new MessageContext("m-again", queryId.ToString(), "reply-queue", 2), CancellationToken.None);

        var view = (await pipeline.Queries.GetAsync(queryId, CancellationToken.None))!;
        Assert.Equal(QueryStatus.Answered, view.Status);
        Assert.True(view.Confidence < new EscalationOptions().ConfidenceThreshold, $"confidence {view.Confidence}");
        Assert.True(view.Escalated);
        var escalation = (await pipeline.Escalations.GetAsync(view.EscalationId!.Value, CancellationToken.None))!;
        Assert.Equal(EscalationReason.LowConfidence, escalation.Reason);
        Assert.Equal(EscalationSource.Automatic, escalation.Source);
        Assert.Equal(EscalationStatus.Open, escalation.Status);
        Assert.Equal([CustomerImpact.Refund], escalation.Impact);
        // Priority from the documented formula: 0.5 · (1 − confidence) + 0.2 · 0.5 (low confidence) + 0.3 · 0.7 (refund).
        Assert.Equal(0.5 * (1 - view.Confidence!.Value) + 0.2 * 0.5 + 0.3 * 0.7, escalation.Priority, 3);
        Assert.Equal(view.Citations, escalation.Citations);
        Assert.Equal(1, await EscalationsOfAsync(pipeline.DataSource, queryId));
    }

    [Fact]
    public async Task A_confident_answer_is_not_escalated()
    {
        await using var pipeline = new QueryWorkerHarness(await OlistSampleDatabase.GetAsync(servers), servers.RedisConnectionString);

        var view = (await pipeline.Queries.GetAsync(await pipeline.AskAsync("Quais são as reclamações mais comuns?"), CancellationToken.None))!;

        Assert.True(view.Confidence >= 0.7, $"confidence {view.Confidence}");
        Assert.False(view.Escalated);
        Assert.Null(view.EscalationId);
    }

    [Fact]
    public async Task A_model_answer_with_an_unsupported_sentence_is_escalated_as_failed_validation()
    {
        // The only fake here: an OpenAI-compatible HTTP stub instead of a paid model.
        await using var stub = await OpenAIChatStub.StartAsync(OpenAIChatStub.Answer(
            "Muitos clientes não receberam o produto [1]. A loja foi fundada em 1999 por astronautas e entrega em Marte [2]."));
        using var host = AnswerOptionsTests.Host(new Dictionary<string, string?>
        {
            ["Answers:Provider"] = "openai",
            ["Answers:Endpoint"] = stub.BaseAddress + "/v1",
            ["Answers:ApiKey"] = "sk-test",
            ["Answers:ModelId"] = "gpt-4o-mini",
        });
        await using var pipeline = new QueryWorkerHarness(await OlistSampleDatabase.GetAsync(servers), servers.RedisConnectionString,
            chat: host.Services.GetRequiredService<ChatAnswerGenerator>());

        var view = (await pipeline.Queries.GetAsync(await pipeline.AskAsync("Quais são as reclamações mais comuns?"), CancellationToken.None))!;

        Assert.True(view.Escalated);
        Assert.Equal(EscalationReason.ValidationFailed, view.Escalation!.Reason);
        Assert.DoesNotContain("Marte", view.Answer);
    }

    private static async Task<long> EscalationsOfAsync(NpgsqlDataSource dataSource, Guid queryId)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM escalation_requests WHERE query_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = queryId });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
