using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RagQa.Core.Analytics.Tools;
using RagQa.Core.Answering;

namespace RagQa.Tests.Analytics;

/// <summary>The analysis tools exist only with a chat model; without one the query path is what it was.</summary>
public sealed class AnalysisToolsRegistrationTests
{
    private static HostApplicationBuilder Builder(IDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddRagQaAnswering().AddAnalysisTools();
        return builder;
    }

    [Fact]
    public void Without_a_chat_model_no_tool_answerer_is_registered()
    {
        Assert.DoesNotContain(Builder(new Dictionary<string, string?>()).Services, d => d.ServiceType == typeof(AnalysisToolAnswerer));
    }

    [Fact]
    public void With_a_chat_model_the_tool_answerer_is_registered()
    {
        var builder = Builder(new Dictionary<string, string?> { ["Answers:Provider"] = "ollama", ["Answers:ModelId"] = "llama3.2" });

        Assert.Single(builder.Services, d => d.ServiceType == typeof(AnalysisToolAnswerer));
    }

    [Theory]
    [InlineData("Answers:MaxToolCalls", "0", "Answers:MaxToolCalls must be between 1 and 10.")]
    [InlineData("Answers:ToolAnswerConfidence", "1.5", "Answers:ToolAnswerConfidence must be between 0 and 1.")]
    public void The_tool_settings_are_checked_at_start_up(string key, string value, string message)
    {
        using var host = Builder(new Dictionary<string, string?> { [key] = value }).Build();

        Assert.Contains(message, Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<AnswerOptions>>().Value).Message);
    }
}
