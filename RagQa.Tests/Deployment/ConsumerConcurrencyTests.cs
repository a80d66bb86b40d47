using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using RagQa.AppHost;
using RagQa.Core.Messaging;

namespace RagQa.Tests.Deployment;

// GetEnvironmentVariableValuesAsync is Aspire's documented helper for checking a model's environment in tests.
#pragma warning disable CS0618

/// <summary>
/// Issue #21 (throughput): when the AppHost runs the system, the query worker handles two questions per core at once and the
/// embed worker one batch per core, never more than the broker lets a consumer hold; a setting given to the AppHost wins.
/// </summary>
public sealed class ConsumerConcurrencyTests
{
    [Theory]
    [InlineData(2, 2, 4)]
    [InlineData(1, 2, 2)]
    [InlineData(2, 1, 2)]
    [InlineData(2, 64, 16)]
    public void Concurrency_is_per_core_up_to_the_prefetch(int perCore, int cores, int expected) =>
        Assert.Equal(expected, RagQaBuilderExtensions.ConsumerConcurrency(perCore, cores));

    [Fact]
    public void The_ceiling_is_the_consumers_default_prefetch() =>
        Assert.Equal(new MessagingOptions().Prefetch, RagQaBuilderExtensions.ConsumerConcurrency(1000, 1000));

    [Theory]
    [InlineData("queryworker", 2)]
    [InlineData("embedworker", 1)]
    public async Task The_workers_get_their_concurrency_sized_to_the_cores(string worker, int perCore)
    {
        var environment = await EnvironmentOfAsync(worker);

        Assert.Equal(RagQaBuilderExtensions.ConsumerConcurrency(perCore, Environment.ProcessorCount).ToString(),
            environment["Messaging__ConsumerConcurrency"]);
    }

    [Theory]
    [InlineData("api")]
    [InlineData("ingestworker")]
    public async Task The_others_keep_one_message_at_a_time(string service) =>
        Assert.DoesNotContain("Messaging__ConsumerConcurrency", (await EnvironmentOfAsync(service)).Keys);

    [Fact]
    public async Task A_setting_given_to_the_apphost_wins() =>
        Assert.Equal("1", (await EnvironmentOfAsync("queryworker", "--Messaging:ConsumerConcurrency", "1"))["Messaging__ConsumerConcurrency"]);

    private static async Task<Dictionary<string, string>> EnvironmentOfAsync(string service, params string[] arguments)
    {
        var data = Path.Combine(Path.GetTempPath(), "ragqa-concurrency-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.RagQa_AppHost>(
                ["--RagQa:Mode", "local", "--RagQa:DataDirectory", data, .. arguments]);
            var project = Assert.Single(builder.Resources.OfType<ProjectResource>(), r => r.Name == service);
            return await project.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);
        }
        finally
        {
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }
}
