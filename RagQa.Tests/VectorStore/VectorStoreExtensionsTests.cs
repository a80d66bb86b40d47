using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using RagQa.Core.VectorStore;

namespace RagQa.Tests.VectorStore;

public sealed class VectorStoreExtensionsTests
{
    [Fact]
    public void The_embedded_store_is_the_default()
    {
        using var host = Build([]);

        Assert.IsType<PostgresVectorStore>(host.Services.GetRequiredService<IVectorStore>());
        Assert.DoesNotContain(HealthChecks(host), name => name == "qdrant");
    }

    [Fact]
    public void Qdrant_is_used_when_configured_with_a_health_check()
    {
        using var host = Build(new()
        {
            ["VectorStore:Provider"] = "qdrant",
            ["ConnectionStrings:qdrant"] = "Endpoint=http://127.0.0.1:6334;Key=k",
        });

        Assert.IsType<QdrantVectorStore>(host.Services.GetRequiredService<IVectorStore>());
        Assert.Contains(HealthChecks(host), name => name == "qdrant");
    }

    [Fact]
    public async Task An_unknown_provider_fails_at_start_naming_the_setting()
    {
        using var host = Build(new() { ["VectorStore:Provider"] = "pinecone" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("VectorStore:Provider", error.Message);
    }

    [Fact]
    public async Task Qdrant_without_a_connection_string_fails_at_start_naming_it()
    {
        using var host = Build(new() { ["VectorStore:Provider"] = "qdrant" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ConnectionStrings:qdrant", error.Message);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        // Never opened: the registrations are what is under test.
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create("Host=127.0.0.1;Port=1"));
        builder.AddRagQaVectorStore();
        return builder.Build();
    }

    private static IEnumerable<string> HealthChecks(IHost host) =>
        host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.Select(r => r.Name);
}
