using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using RagQa.Core.Embeddings;

namespace RagQa.Tests.Embeddings;

/// <summary>The remote providers' wiring, proved against <see cref="OpenAIEmbeddingsStub"/> (no paid API is called).</summary>
public sealed class OpenAICompatibleProviderTests
{
    [Fact]
    public async Task OpenAI_sends_model_and_inputs_and_returns_the_vectors_in_order()
    {
        await using var stub = await OpenAIEmbeddingsStub.StartAsync(returnedDimensions: 4);
        using var host = EmbeddingHost.Build(new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = "openai",
            ["Embeddings:Endpoint"] = stub.BaseAddress + "/v1",
            ["Embeddings:ApiKey"] = "sk-test",
            ["Embeddings:ModelId"] = "text-embedding-3-small",
            ["Embeddings:Dimensions"] = "4",
        });
        await host.StartAsync();
        var generator = host.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        var generated = await generator.GenerateAsync(["o produto chegou quebrado", "entrega rápida"], AsQuery);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(["encoding_format", "input", "model"], request.Fields.Order());
        Assert.Equal("/v1/embeddings", request.Path);
        Assert.Equal("text-embedding-3-small", request.Model);
        Assert.Equal(["o produto chegou quebrado", "entrega rápida"], request.Inputs);
        Assert.Equal("Bearer sk-test", request.Authorization);
        Assert.Null(request.Dimensions);
        Assert.Equal(OpenAIEmbeddingsStub.CannedVector(0, 4), generated[0].Vector.ToArray());
        Assert.Equal(OpenAIEmbeddingsStub.CannedVector(1, 4), generated[1].Vector.ToArray());
        Assert.Equal(new EmbeddingModelInfo("text-embedding-3-small", 4), host.Services.GetRequiredService<EmbeddingModelInfo>());
        await host.StopAsync();
    }

    /// <summary>What the query path passes (see HybridRetriever); OpenAI-compatible services must not receive it.</summary>
    private static readonly EmbeddingGenerationOptions AsQuery = new()
    {
        AdditionalProperties = new AdditionalPropertiesDictionary { [EmbeddingInput.TypeProperty] = EmbeddingInput.Query },
    };

    [Fact]
    public async Task Large_requests_are_split_by_max_batch_size_and_dimensions_can_be_requested()
    {
        await using var stub = await OpenAIEmbeddingsStub.StartAsync(returnedDimensions: 8);
        using var host = EmbeddingHost.Build(new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = "openai",
            ["Embeddings:Endpoint"] = stub.BaseAddress + "/v1",
            ["Embeddings:ApiKey"] = "sk-test",
            ["Embeddings:ModelId"] = "text-embedding-3-large",
            ["Embeddings:Dimensions"] = "8",
            ["Embeddings:RequestDimensions"] = "true",
            ["Embeddings:MaxBatchSize"] = "2",
        });
        var generator = host.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        var generated = await generator.GenerateAsync(["a", "b", "c", "d", "e"]);

        Assert.Equal(5, generated.Count);
        Assert.Equal([2, 2, 1], stub.Requests.Select(r => r.Inputs.Count));
        Assert.All(stub.Requests, r => Assert.Equal(8, r.Dimensions));
        Assert.Equal(["e"], stub.Requests[2].Inputs);
    }

    [Fact]
    public async Task Azure_OpenAI_calls_the_v1_api_of_the_resource_with_its_key()
    {
        await using var stub = await OpenAIEmbeddingsStub.StartAsync(returnedDimensions: 3);
        using var host = EmbeddingHost.Build(new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = "azureopenai",
            ["Embeddings:Endpoint"] = stub.BaseAddress,
            ["Embeddings:ApiKey"] = "azure-key",
            ["Embeddings:ModelId"] = "my-embedding-deployment",
            ["Embeddings:Dimensions"] = "3",
        });
        var generator = host.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        var generated = await generator.GenerateAsync(["reclamação"]);

        var request = Assert.Single(stub.Requests);
        Assert.Equal("/openai/v1/embeddings", request.Path);
        Assert.Equal("my-embedding-deployment", request.Model);
        Assert.Equal("azure-key", request.ApiKey);
        Assert.Equal(OpenAIEmbeddingsStub.CannedVector(0, 3), generated[0].Vector.ToArray());
    }

    [Fact]
    public async Task Ollama_needs_no_key()
    {
        await using var stub = await OpenAIEmbeddingsStub.StartAsync(returnedDimensions: 5);
        using var host = EmbeddingHost.Build(new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = "ollama",
            ["Embeddings:Endpoint"] = stub.BaseAddress + "/v1",
            ["Embeddings:ModelId"] = "nomic-embed-text",
            ["Embeddings:Dimensions"] = "5",
        });
        await host.StartAsync();
        var generator = host.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        var generated = await generator.GenerateAsync(["texto"]);

        Assert.Equal("nomic-embed-text", Assert.Single(stub.Requests).Model);
        Assert.Equal(5, generated[0].Vector.Length);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_dimension_different_from_the_configured_one_fails_loudly()
    {
        await using var stub = await OpenAIEmbeddingsStub.StartAsync(returnedDimensions: 4);
        using var host = EmbeddingHost.Build(new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = "openai",
            ["Embeddings:Endpoint"] = stub.BaseAddress + "/v1",
            ["Embeddings:ApiKey"] = "sk-test",
            ["Embeddings:ModelId"] = "text-embedding-3-small",
            ["Embeddings:Dimensions"] = "1536",
        });
        var generator = host.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => generator.GenerateAsync(["texto"]));

        Assert.Contains("Embeddings:Dimensions is 1536", error.Message);
    }
}
