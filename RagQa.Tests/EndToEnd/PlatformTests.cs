using System.Net;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using RabbitMQ.Client;
using StackExchange.Redis;

namespace RagQa.Tests.EndToEnd;

/// <summary>The platform as the AppHost starts it: every resource healthy and reachable.</summary>
[Collection(AppHostCollection.Name)]
public sealed class PlatformTests(AppHostFixture fixture)
{
    [Fact]
    public async Task Every_resource_is_healthy_and_the_services_answer_their_probes()
    {
        foreach (var resource in AppHostFixture.AllResources)
        {
            Assert.True(fixture.App.ResourceNotifications.TryGetCurrentState(resource, out var current), $"{resource} has no state");
            Assert.Equal(HealthStatus.Healthy, current.Snapshot.HealthStatus);
        }

        using var health = await fixture.Api.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        foreach (var worker in AppHostFixture.Services.Skip(1))
        {
            using var client = fixture.App.CreateHttpClient(worker);
            using var alive = await client.GetAsync("/alive");
            Assert.True(alive.StatusCode == HttpStatusCode.OK, $"{worker} /alive answered {alive.StatusCode}");
        }
    }

    [Fact]
    public async Task The_query_worker_warmed_up_before_it_reported_healthy()
    {
        // The fixture waited for every resource to be healthy; the warm-up ran before the worker served /health at all.
        var warmUp = await WaitForSpanAsync(s => s.Name == "warm_up" && s.Service == "queryworker");
        var trace = fixture.Traces.Spans.Where(s => s.TraceId == warmUp.TraceId).ToList();

        // Its retrieval loaded the embedding model and searched the default collection.
        Assert.Contains(trace, s => s.Name == "embed_query");
        Assert.Contains(trace, s => s.Name == "vector_search" && s.Attributes["ragqa.collection"] == "olist_reviews");
        Assert.Contains(fixture.ResourceLogs, l => l.StartsWith("queryworker: ", StringComparison.Ordinal) && l.Contains("Query worker warmed up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_trace_starts_with_a_database_or_cache_call_of_background_polling()
    {
        // Every 10 s the api refreshes the document gauge from Postgres; by now it has done so many times.
        await WaitForSpanAsync(s => s.Name == "warm_up");
        var roots = fixture.Traces.Spans.Where(s => s.ParentSpanId.Length == 0 || s.ParentSpanId.All(c => c == '0')).ToList();

        Assert.NotEmpty(roots);
        Assert.DoesNotContain(roots, s => s.Attributes.ContainsKey("db.system") || s.Attributes.ContainsKey("db.system.name"));
    }

    private async Task<Monitoring.ReceivedSpan> WaitForSpanAsync(Func<Monitoring.ReceivedSpan, bool> match)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            if (fixture.Traces.Spans.FirstOrDefault(match) is { } span) return span;
            Assert.True(DateTime.UtcNow < deadline, "No such span was exported within 30 s.");
            await Task.Delay(500);
        }
    }

    [Fact]
    public async Task The_backing_services_answer_on_the_connection_strings_the_services_receive()
    {
        await using (var postgres = new NpgsqlConnection(await fixture.App.GetConnectionStringAsync("ragqa")))
        {
            await postgres.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT current_database()", postgres);
            Assert.Equal("ragqa", await command.ExecuteScalarAsync());
        }

        await using (var redis = await ConnectionMultiplexer.ConnectAsync(await fixture.App.GetConnectionStringAsync("redis") ?? ""))
        {
            await redis.GetDatabase().PingAsync();
        }

        var factory = new ConnectionFactory { Uri = new Uri(await fixture.App.GetConnectionStringAsync("rabbitmq") ?? "") };
        await using var rabbitmq = await factory.CreateConnectionAsync();
        Assert.True(rabbitmq.IsOpen);
    }

    [Fact]
    public void The_admin_key_is_generated_once_into_the_data_folder_readable_by_its_owner_only()
    {
        var keyFile = Path.Combine(fixture.DataDirectory, "admin-api-key");
        Assert.Equal(fixture.AdminApiKey, File.ReadAllText(keyFile));
        Assert.Equal(43, fixture.AdminApiKey.Length); // 32 random bytes, base64url without padding
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }
    }
}
