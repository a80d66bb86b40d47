using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RagQa.Core.Answering;

namespace RagQa.Tests.Answering;

public sealed class AnswerOptionsTests
{
    internal static IHost Host(IDictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddRagQaAnswering();
        return builder.Build();
    }

    private static string Failure(IDictionary<string, string?> settings)
    {
        using var host = Host(settings);
        return Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<AnswerOptions>>().Value).Message;
    }

    [Fact]
    public void The_default_is_extractive_with_no_chat_client()
    {
        using var host = Host(new Dictionary<string, string?>());

        Assert.Equal(AnswerProvider.Extractive, host.Services.GetRequiredService<IOptions<AnswerOptions>>().Value.Provider);
        Assert.Null(host.Services.GetService<IChatClient>());
        Assert.Null(host.Services.GetService<ChatAnswerGenerator>());
    }

    [Fact]
    public void An_unknown_provider_is_named() =>
        Assert.Contains("Answers:Provider must be one of extractive, openai, azureopenai, ollama; got 'gpt'.",
            Failure(new Dictionary<string, string?> { ["Answers:Provider"] = "gpt" }));

    [Fact]
    public void Remote_providers_need_a_model_and_a_key()
    {
        var message = Failure(new Dictionary<string, string?> { ["Answers:Provider"] = "openai" });

        Assert.Contains("Answers:ModelId is required for provider 'openai'", message);
        Assert.Contains("Answers:ApiKey is required for provider 'openai'.", message);
    }

    [Fact]
    public async Task Azure_needs_its_endpoint_and_ollama_needs_no_key()
    {
        Assert.Contains("Answers:Endpoint is required for provider 'azureopenai'",
            Failure(new Dictionary<string, string?> { ["Answers:Provider"] = "azureopenai", ["Answers:ModelId"] = "gpt-4o-mini", ["Answers:ApiKey"] = "k" }));
        await using var stub = await OpenAIChatStub.StartAsync(OpenAIChatStub.Answer("O produto chegou quebrado [1]."));
        using var ollama = Host(new Dictionary<string, string?>
        {
            ["Answers:Provider"] = "ollama",
            ["Answers:ModelId"] = "llama3.2",
            ["Answers:Endpoint"] = stub.BaseAddress + "/v1",
        });

        await ollama.Services.GetRequiredService<ChatAnswerGenerator>()
            .GenerateAsync("Chegam quebrados?", AnswerLanguage.Portuguese, [AnswerTestData.Source(1, "Produto chegou quebrado.")], CancellationToken.None);

        // Without a key the settings validate and the model is called, by the configured name.
        var request = Assert.Single(stub.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("llama3.2", request.Model);
    }

    [Theory]
    [InlineData("Answers:ComplaintMaxScore", "4", "Answers:ComplaintMaxScore (4) must be below Answers:PraiseMinScore (4).")]
    [InlineData("Answers:MinSentenceSupport", "0", "Answers:MinSentenceSupport must be between 0.05 and 1.")]
    [InlineData("Answers:MaxAttempts", "0", "Answers:MaxAttempts must be between 1 and 10.")]
    [InlineData("Answers:Endpoint", "localhost:11434", "Answers:Endpoint must be an absolute http or https address")]
    public void Bad_settings_fail_naming_the_setting(string key, string value, string message) =>
        Assert.Contains(message, Failure(new Dictionary<string, string?> { [key] = value }));
}
