using System.Net;
using System.Text;
using RagQa.Benchmarks.ApiClient;

namespace RagQa.Tests.EndToEnd;

/// <summary>
/// An exact repeat is answered by the api from the cache, without the query worker (stopped here), for callers who
/// may read the collection only, until a document indexed into the collection invalidates it. product_docs is empty
/// in this fixture, so the test owns what is in it.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class ExactRepeatTests(AppHostFixture fixture)
{
    private const string Collection = "product_docs";
    private readonly AdminCalls _calls = new(fixture.Api, fixture.AdminApiKey);

    [Fact]
    public async Task A_repeated_question_is_answered_without_the_query_worker_until_a_document_is_indexed_in_its_collection()
    {
        // Behind the seed's batches the uploads would wait in the embed queue for minutes.
        await fixture.WaitForSeedIndexedAsync();
        await IndexAsync("avaliacoes.csv", Reviews(("Entrega no prazo e produto perfeito", 5), ("Chegou antes do prazo, recomendo", 5), ("Produto veio quebrado", 1)));
        // A count over the collection's reviews: an aggregate answer (its exact key leaves top-k out).
        const string question = "Quantas avaliações têm nota 5?";

        var first = await QueryCalls.AskAsync(fixture.Api, question, collection: Collection);
        Assert.Equal(QueryStatus.Answered, first.Query.Status);
        Assert.False(first.Query.Cache_hit);
        Assert.Equal("analytical", first.Query.Kind);

        await fixture.StopAsync("queryworker");
        try
        {
            // Case and spacing do not make another question; the answer comes back at once (200), not after a 202.
            var repeat = await new RagQaApiClient(fixture.Api).AskQuestionAsync(
                new QueryRequest { Question = "  " + question.ToUpperInvariant(), Collection = Collection, Top_k = 8 });
            Assert.True(repeat.Cache_hit);
            Assert.NotEqual(first.Query.Query_id, repeat.Query_id);
            Assert.Equal(first.Query.Answer, repeat.Answer);
            Assert.Equal(first.Query.Citations.Select(c => c.Chunk_id), repeat.Citations.Select(c => c.Chunk_id));
            Assert.NotNull(repeat.Access_token);
            // Escalated as the worker would: an unsure answer opens an escalation of its own for each asker.
            Assert.Equal(first.Query.Escalation_id is null, repeat.Escalation_id is null);
            Assert.True(repeat.Escalation_id is null || repeat.Escalation_id != first.Query.Escalation_id);

            // Stored as any answered query, for its own asker only.
            var stored = await new RagQaApiClient(fixture.Api) { QueryToken = repeat.Access_token }.GetQueryAsync(repeat.Query_id);
            Assert.Equal(QueryStatus.Answered, stored.Status);
            Assert.True(stored.Cache_hit);
            Assert.Equal(repeat.Answer, stored.Answer);
            Assert.Equal(repeat.Citations.Select(c => c.Chunk_id), stored.Citations.Select(c => c.Chunk_id));
            await ProblemAssert.IsAsync(await fixture.Api.GetAsync($"/query/{repeat.Query_id}"), HttpStatusCode.NotFound, "not_found");

            // A caller who may not read the collection is not served from its cache.
            await _calls.Client().SetCollectionAccessAsync(Collection, new CollectionAccessRequest { Visibility = "private", Allowed_roles = ["admin"] });
            try
            {
                await ProblemAssert.IsAsync(await _calls.SendAsync(HttpMethod.Post, "/query", null, new { question, collection = Collection }),
                    HttpStatusCode.BadRequest, "unknown_collection");
            }
            finally
            {
                await _calls.Client().SetCollectionAccessAsync(Collection, new CollectionAccessRequest { Visibility = "public" });
            }

            // A new document in the collection may change the answer: the repeat now goes to the (stopped) worker, so it is pending.
            await IndexAsync("mais-avaliacoes.csv", Reviews(("Ótimo vendedor", 5)));
            await Assert.ThrowsAsync<RagQaApiException<QueryAccepted>>(() =>
                new RagQaApiClient(fixture.Api).AskQuestionAsync(new QueryRequest { Question = question, Collection = Collection }));
        }
        finally
        {
            await fixture.StartAsync("queryworker");
        }
    }

    /// <summary>Reviews in the Olist file's columns, each with ids of its own.</summary>
    private static string Reviews(params (string Comment, int Score)[] reviews) =>
        "review_id,order_id,review_score,review_comment_title,review_comment_message,review_creation_date,review_answer_timestamp\n"
        + string.Concat(reviews.Select(r => $"{Guid.NewGuid():N},{Guid.NewGuid():N},{r.Score},,\"{r.Comment}\",2018-03-01 00:00:00,2018-03-02 10:00:00\n"));

    /// <summary>Indexes a document into the collection and waits until its cached answers were invalidated and the guard is over.</summary>
    private async Task IndexAsync(string filename, string text)
    {
        var invalidations = fixture.CacheInvalidationsLogged(Collection);
        var documents = new DocumentsClient(fixture.Api, fixture.AdminApiKey);
        var upload = await documents.UploadAsync(new DocumentUpload(new MemoryStream(Encoding.UTF8.GetBytes(text)), filename) { Collection = Collection });
        Assert.Equal(DocumentStatus.Indexed, (await documents.WaitUntilSettledAsync(upload.Result.Document_id, TimeSpan.FromMinutes(2))).Status);
        await fixture.WaitForCacheGuardOverAsync(Collection, invalidations);
    }
}
