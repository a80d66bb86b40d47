using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RagQa.Core.Ingestion.Chunking;
using RagQa.Core.Ingestion.Parsing;

namespace RagQa.Tests.Ingestion.Chunking;

public sealed class ChunkingOptionsTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddRagQaDocumentParsing();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Defaults_are_256_tokens_with_32_of_overlap_and_the_splitter_resolves()
    {
        using var provider = Services([]);

        var options = provider.GetRequiredService<IOptions<ChunkingOptions>>().Value;

        Assert.Equal((256, 32), (options.MaxTokens, options.OverlapTokens));
        Assert.IsType<MiniLmTokenCounter>(provider.GetRequiredService<ITokenCounter>());
        Assert.Single(provider.GetRequiredService<RecursiveTextSplitter>().Split("Chegou no prazo."));
    }

    [Fact]
    public void Configured_sizes_are_bound_from_the_section()
    {
        using var provider = Services(new() { ["Ingestion:Chunking:MaxTokens"] = "128", ["Ingestion:Chunking:OverlapTokens"] = "0" });

        Assert.Equal((128, 0), (provider.GetRequiredService<IOptions<ChunkingOptions>>().Value.MaxTokens,
            provider.GetRequiredService<IOptions<ChunkingOptions>>().Value.OverlapTokens));
    }

    [Theory]
    [InlineData("100", "100", "Ingestion:Chunking:OverlapTokens")]
    [InlineData("100", "-1", "Ingestion:Chunking:OverlapTokens")]
    [InlineData("4", "0", "Ingestion:Chunking:MaxTokens")]
    public void Invalid_sizes_fail_with_a_message_naming_the_setting(string maxTokens, string overlapTokens, string setting)
    {
        using var provider = Services(new() { ["Ingestion:Chunking:MaxTokens"] = maxTokens, ["Ingestion:Chunking:OverlapTokens"] = overlapTokens });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ChunkingOptions>>().Value);

        Assert.Contains(setting, error.Message);
    }
}
