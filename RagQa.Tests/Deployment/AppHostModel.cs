using Aspire.Hosting.Testing;

namespace RagQa.Tests.Deployment;

/// <summary>
/// The AppHost's application model in one run mode, built but never started (no server or container runs), with its
/// generated secrets in a data folder of its own that is deleted afterwards.
/// </summary>
public abstract class AppHostModel(string mode) : IAsyncLifetime
{
    protected string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"ragqa-{mode}-model-" + Guid.NewGuid().ToString("N")[..8]);

    protected IDistributedApplicationTestingBuilder Builder { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.RagQa_AppHost>(
            ["--RagQa:Mode", mode, "--RagQa:DataDirectory", DataDirectory]);

    public async Task DisposeAsync()
    {
        await Builder.DisposeAsync();
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
    }
}
