using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RagQa.Core.Embeddings;

namespace RagQa.Tests.Embeddings;

public sealed class EmbeddingOptionsTests
{
    [Fact]
    public async Task Unknown_provider_fails_at_start_naming_the_setting()
    {
        using var host = EmbeddingHost.Build(new Dictionary<string, string?> { ["Embeddings:Provider"] = "word2vec" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Embeddings:Provider", error.Message);
        Assert.Contains("word2vec", error.Message);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("azureopenai")]
    [InlineData("ollama")]
    public async Task Remote_provider_without_dimensions_fails_at_start(string provider)
    {
        using var host = EmbeddingHost.Build(new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = provider,
            ["Embeddings:ModelId"] = "text-embedding-3-small",
            ["Embeddings:ApiKey"] = "key",
            ["Embeddings:Endpoint"] = "https://example.openai.azure.com",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Embeddings:Dimensions is required", error.Message);
    }

    [Theory]
    [InlineData("openai", "Embeddings:ApiKey")]
    [InlineData("azureopenai", "Embeddings:Endpoint")]
    [InlineData("ollama", "Embeddings:ModelId")]
    [InlineData("onnx", "Embeddings:ModelPath")]
    public async Task Missing_required_settings_are_named(string provider, string setting)
    {
        using var host = EmbeddingHost.Build(new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = provider,
            ["Embeddings:Dimensions"] = "1536",
            ["Embeddings:ModelId"] = provider == "ollama" ? null : "model",
            ["Embeddings:ApiKey"] = provider == "openai" ? null : "key",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(setting, error.Message);
    }

    [Theory]
    [InlineData("Embeddings:MaxBatchSize", "0")]
    [InlineData("Embeddings:Dimensions", "-3")]
    [InlineData("Embeddings:ThreadsPerCall", "0")]
    [InlineData("Embeddings:Endpoint", "not a url")]
    public async Task Out_of_range_values_are_named(string setting, string value)
    {
        using var host = EmbeddingHost.Build(new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = "hashing",
            [setting] = value,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(setting, error.Message);
    }

    [Fact]
    public async Task Minilm_rejects_another_dimension()
    {
        using var host = EmbeddingHost.Build(new Dictionary<string, string?> { ["Embeddings:Dimensions"] = "768" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Embeddings:Dimensions must be 384", error.Message);
    }

    [Fact]
    public async Task Hashing_provider_registers_the_generator_and_its_model_info()
    {
        using var host = EmbeddingHost.Build(new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = "Hashing",
            ["Embeddings:Dimensions"] = "256",
        });
        await host.StartAsync();

        var generator = host.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var model = host.Services.GetRequiredService<EmbeddingModelInfo>();
        var generated = await generator.GenerateAsync(["olá mundo"]);

        Assert.Equal(new EmbeddingModelInfo(HashingEmbeddingGenerator.ModelId, 256), model);
        Assert.Equal(256, generated[0].Vector.Length);
        Assert.Equal(256, generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelDimensions);
        await host.StopAsync();
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("4", 4)]
    [InlineData("", null)]
    public void Threads_per_call_default_to_one_and_empty_leaves_the_runtime_s_default(string? value, int? expected)
    {
        var settings = new Dictionary<string, string?> { ["Embeddings:Provider"] = "hashing" };
        if (value is not null) settings["Embeddings:ThreadsPerCall"] = value;
        using var host = EmbeddingHost.Build(settings);

        Assert.Equal(expected, host.Services.GetRequiredService<IOptions<EmbeddingOptions>>().Value.ThreadsPerCall);
    }
}
