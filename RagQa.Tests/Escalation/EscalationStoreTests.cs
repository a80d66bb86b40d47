using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RagQa.Core.Answering;
using RagQa.Core.Chunks;
using RagQa.Core.Escalation;
using RagQa.Core.Query;
using RagQa.Core.Retrieval;
using RagQa.Tests.Caching;
using RagQa.Tests.Infrastructure;
using RagQa.Tests.VectorStore;

namespace RagQa.Tests.Escalation;

/// <summary>The escalation store on a real, migrated Postgres: one escalation per query, guarded transitions, filters and paging.</summary>
[Collection(LocalServersCollection.Name)]
public sealed class EscalationStoreTests(LocalServers servers) : IAsyncLifetime
{
    private NpgsqlDataSource dataSource = null!;
    private QueryStore queries = null!;
    private EscalationStore store = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(await VectorStoreTestSupport.MigratedDatabaseAsync(servers));
        queries = new QueryStore(dataSource, new CitationStore(dataSource), TimeProvider.System);
        store = new EscalationStore(dataSource, new CitationStore(dataSource), TimeProvider.System, CacheTestSupport.MeterFactory(), NullLogger<EscalationStore>.Instance);
    }

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    [Fact]
    public async Task A_query_has_at_most_one_escalation_whoever_asks_and_however_often()
    {
        var queryId = await AnsweredQueryAsync("Quero o reembolso do pedido", confidence: 0.4);

        var first = await store.CreateAsync(Automatic(queryId, 0.4), CancellationToken.None);
        var again = await store.CreateAsync(Automatic(queryId, 0.4), CancellationToken.None);
        var byUser = await store.CreateAsync(ByUser(queryId, 0.4), CancellationToken.None);

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.False(byUser.Created);
        Assert.Equal(first.Escalation, again.Escalation);
        Assert.Equal(first.Escalation, byUser.Escalation);
        Assert.Equal(EscalationStatus.Open, first.Escalation.Status);
        Assert.Equal(EscalationReason.LowConfidence, first.Escalation.Reason);
        Assert.Equal(1, await CountAsync(queryId));
    }

    [Fact]
    public async Task Concurrent_requests_for_the_same_query_open_one_escalation()
    {
        var queryId = await AnsweredQueryAsync("O produto veio quebrado", confidence: 0.3);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.CreateAsync(ByUser(queryId, 0.3), CancellationToken.None))));

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Escalation.EscalationId).Distinct());
        Assert.Equal(1, await CountAsync(queryId));
    }

    [Fact]
    public async Task An_escalation_goes_open_assigned_resolved_and_the_query_shows_the_resolution()
    {
        var queryId = await AnsweredQueryAsync("Vou ao Procon se não chegar", confidence: 0.2);
        var id = (await store.CreateAsync(Automatic(queryId, 0.2, "Vou ao Procon se não chegar"), CancellationToken.None)).Escalation.EscalationId;

        var open = await store.GetAsync(id, CancellationToken.None);
        Assert.NotNull(open);
        Assert.Equal(EscalationPriority.High, open.PriorityLevel);
        Assert.Equal([CustomerImpact.Legal], open.Impact);
        Assert.Equal("Vou ao Procon se não chegar", open.Question);
        Assert.Equal("Resposta [1]", open.Answer);
        Assert.Equal(0.2, open.Confidence);
        Assert.Equal("a review quote", Assert.Single(open.Citations).Quote);

        var tooEarly = await store.ApplyAsync(id, EscalationAction.Resolve, "Feito", CancellationToken.None);
        Assert.Equal(TransitionOutcome.Invalid, tooEarly.Outcome);
        Assert.Equal(EscalationStatus.Open, tooEarly.CurrentStatus);

        var assigned = await store.ApplyAsync(id, EscalationAction.Assign, "ana", CancellationToken.None);
        Assert.Equal(TransitionOutcome.Applied, assigned.Outcome);
        Assert.Equal("ana", assigned.Escalation!.Assignee);
        Assert.NotNull(assigned.Escalation.AssignedAt);

        var handedOver = await store.ApplyAsync(id, EscalationAction.Assign, "bruno", CancellationToken.None);
        Assert.Equal("bruno", handedOver.Escalation!.Assignee);

        var resolved = await store.ApplyAsync(id, EscalationAction.Resolve, "Reenviamos o pedido.", CancellationToken.None);
        Assert.Equal(TransitionOutcome.Applied, resolved.Outcome);
        Assert.Equal(EscalationStatus.Resolved, resolved.Escalation!.Status);
        Assert.NotNull(resolved.Escalation.ResolvedAt);

        foreach (var action in Enum.GetValues<EscalationAction>())
        {
            var late = await store.ApplyAsync(id, action, "x", CancellationToken.None);
            Assert.Equal(TransitionOutcome.Invalid, late.Outcome);
            Assert.Equal(EscalationStatus.Resolved, late.CurrentStatus);
        }

        var view = await queries.GetAsync(queryId, CancellationToken.None);
        Assert.True(view!.Escalated);
        Assert.Equal(id, view.EscalationId);
        Assert.Equal(EscalationStatus.Resolved, view.Escalation!.Status);
        Assert.Equal("Reenviamos o pedido.", view.Escalation.Resolution);
        Assert.NotNull(view.Escalation.ResolvedAt);
    }

    [Fact]
    public async Task An_unknown_escalation_is_not_found()
    {
        var result = await store.ApplyAsync(Guid.NewGuid(), EscalationAction.Assign, "ana", CancellationToken.None);

        Assert.Equal(TransitionOutcome.NotFound, result.Outcome);
        Assert.Null(await store.GetAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task Only_one_of_two_agents_racing_to_resolve_wins()
    {
        var queryId = await AnsweredQueryAsync("Cadê meu pedido?", confidence: 0.5);
        var id = (await store.CreateAsync(Automatic(queryId, 0.5), CancellationToken.None)).Escalation.EscalationId;
        await store.ApplyAsync(id, EscalationAction.Assign, "ana", CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Task.Run(() => store.ApplyAsync(id, EscalationAction.Resolve, "resolução " + i, CancellationToken.None))));

        Assert.Single(results, r => r.Outcome == TransitionOutcome.Applied);
        Assert.All(results.Where(r => r.Outcome != TransitionOutcome.Applied), r => Assert.Equal(EscalationStatus.Resolved, r.CurrentStatus));
    }

    [Fact]
    public async Task The_list_filters_by_status_and_level_highest_priority_first_and_pages()
    {
        var high = await OpenAsync("Vou processar a loja", 0.1);
        var medium = await OpenAsync("O produto é bom?", 0.3);
        var low = await OpenAsync("Chegou rápido?", 0.65);
        await store.ApplyAsync(medium, EscalationAction.Assign, "ana", CancellationToken.None);

        var all = await store.ListAsync(new EscalationFilter([], []), 1, 100, CancellationToken.None);
        Assert.Equal(3, all.Total);
        Assert.Equal([high, medium, low], all.Items.Select(e => e.EscalationId));

        var open = await store.ListAsync(new EscalationFilter([EscalationStatus.Open], []), 1, 100, CancellationToken.None);
        Assert.Equal([high, low], open.Items.Select(e => e.EscalationId));

        var mediumOrLow = await store.ListAsync(new EscalationFilter([], [EscalationPriority.Medium, EscalationPriority.Low]), 1, 100, CancellationToken.None);
        Assert.Equal([medium, low], mediumOrLow.Items.Select(e => e.EscalationId));

        var second = await store.ListAsync(new EscalationFilter([], []), 2, 2, CancellationToken.None);
        Assert.Equal([low], second.Items.Select(e => e.EscalationId));
        Assert.Equal(3, second.Total);

        var beyond = await store.ListAsync(new EscalationFilter([], []), 5, 2, CancellationToken.None);
        Assert.Empty(beyond.Items);
        Assert.Equal(3, beyond.Total);
    }

    [Fact]
    public async Task A_pending_query_can_be_escalated_and_shows_no_answer()
    {
        var queryId = Guid.CreateVersion7();
        await queries.CreateAsync(new NewQuery(queryId, "Onde está meu pedido?", "olist_reviews", 5, null, null), CancellationToken.None);

        var opened = await store.CreateAsync(ByUser(queryId, null), CancellationToken.None);
        var view = await store.GetAsync(opened.Escalation.EscalationId, CancellationToken.None);

        Assert.Equal(QueryStatus.Pending, view!.QueryStatus);
        Assert.Null(view.Answer);
        Assert.Null(view.Confidence);
        Assert.Empty(view.Citations);
        Assert.Equal(EscalationSource.User, view.Source);
    }

    private async Task<Guid> OpenAsync(string question, double confidence)
    {
        var queryId = await AnsweredQueryAsync(question, confidence);
        return (await store.CreateAsync(Automatic(queryId, confidence, question), CancellationToken.None)).Escalation.EscalationId;
    }

    private static NewEscalation Automatic(Guid queryId, double confidence, string question = "") =>
        new(queryId, EscalationReason.LowConfidence, EscalationSource.Automatic, confidence,
            EscalationPriority.Score(confidence, EscalationReason.LowConfidence, question));

    private static NewEscalation ByUser(Guid queryId, double? confidence) =>
        new(queryId, EscalationReason.UserRequest, EscalationSource.User, confidence, EscalationPriority.Score(confidence, EscalationReason.UserRequest, ""));

    /// <summary>A stored, answered query with one cited result, as the query worker leaves it.</summary>
    private async Task<Guid> AnsweredQueryAsync(string question, double confidence)
    {
        var queryId = Guid.CreateVersion7();
        await queries.CreateAsync(new NewQuery(queryId, question, "olist_reviews", 5, null, null), CancellationToken.None);
        var chunk = new ChunkRecord(Guid.NewGuid(), Guid.NewGuid(), "olist_reviews", "review-1", 0, "a review quote, and more", new Dictionary<string, string>());
        var citation = new Citation(1, chunk.Id, chunk.DocumentId, chunk.SourceId, "a review quote", 0.5);
        await queries.SaveAnswerAsync(queryId, new ComposedAnswer("Resposta [1]", [citation], "extractive"), confidence,
            [new RetrievedChunk(chunk, 0.5, 1, 1, 0.5)], latencyMs: 10, model: null, CancellationToken.None);
        return queryId;
    }

    private async Task<long> CountAsync(Guid queryId)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM escalation_requests WHERE query_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = queryId });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
