using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Npgsql;

namespace RagQa.Tests.EndToEnd;

/// <summary>
/// The thin path end to end: on first start the bundled Olist sample goes through the queues
/// (api → ingest → embed), and POST /query answers the seed question with citations to real reviews.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class SeededQueryTests(AppHostFixture fixture)
{
    [Fact]
    public async Task The_seed_question_gets_an_answer_citing_real_reviews_of_the_sample()
    {
        await fixture.WaitForSeedIndexedAsync();

        using var response = await fixture.Api.PostAsJsonAsync("/query", new { question = "Quais são as reclamações mais comuns?" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal("answered", root.GetProperty("status").GetString());
        Assert.InRange(root.GetProperty("confidence").GetDouble(), 0, 1);
        var citations = root.GetProperty("citations").EnumerateArray().ToList();
        Assert.True(citations.Count >= 3, $"expected at least 3 citations, got {citations.Count}");

        await using var database = new NpgsqlConnection(await fixture.App.GetConnectionStringAsync("ragqa"));
        await database.OpenAsync();
        foreach (var citation in citations)
        {
            await using var command = new NpgsqlCommand("SELECT text, source_id FROM chunks WHERE id = $1", database);
            command.Parameters.Add(new NpgsqlParameter { Value = citation.GetProperty("chunk_id").GetGuid() });
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync(), "a citation points at a chunk that does not exist");
            Assert.Contains(citation.GetProperty("quote").GetString()!, reader.GetString(0), StringComparison.Ordinal);
            Assert.Equal(reader.GetString(1), citation.GetProperty("source_id").GetString());
            Assert.Contains($"[{citation.GetProperty("index").GetInt32()}]", root.GetProperty("answer").GetString());
        }

        var queryId = root.GetProperty("query_id").GetGuid();
        using var stored = await fixture.Api.GetAsync($"/query/{queryId}");
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
    }

    [Fact]
    public async Task Search_finds_a_known_review_by_a_phrase_from_it()
    {
        await fixture.WaitForSeedIndexedAsync();

        using var response = await fixture.Api.PostAsJsonAsync("/search",
            new { query = "fiz minha compra faz 30 dias e não recebi ainda meu produto", top_k = 5 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var sources = body.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("source_id").GetString()).ToList();
        Assert.Contains("185cb85ede91009d7a8e685687c037ee", sources);
    }
}
