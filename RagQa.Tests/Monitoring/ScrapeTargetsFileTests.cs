using System.Text.Json;
using RagQa.AppHost;

namespace RagQa.Tests.Monitoring;

public sealed class ScrapeTargetsFileTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ragqa-targets-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void Each_target_is_a_group_labelled_with_its_service()
    {
        using var groups = JsonDocument.Parse(ScrapeTargetsFile.Render([new("api", "localhost:5080")]));

        var group = Assert.Single(groups.RootElement.EnumerateArray());
        Assert.Equal("localhost:5080", Assert.Single(group.GetProperty("targets").EnumerateArray()).GetString());
        Assert.Equal("api", group.GetProperty("labels").GetProperty("service").GetString());
    }

    [Fact]
    public void Setting_a_target_keeps_the_others_and_replaces_its_own_address()
    {
        var file = new ScrapeTargetsFile(Path.Combine(_directory, "targets", "ragqa.json"));

        file.Set("queryworker", "localhost:1");
        file.Set("api", "localhost:2");
        file.Set("queryworker", "localhost:3");

        using var groups = JsonDocument.Parse(File.ReadAllText(file.Path));
        var targets = groups.RootElement.EnumerateArray()
            .ToDictionary(g => g.GetProperty("labels").GetProperty("service").GetString()!, g => g.GetProperty("targets")[0].GetString());
        Assert.Equal(new Dictionary<string, string?> { ["api"] = "localhost:2", ["queryworker"] = "localhost:3" }, targets);
        Assert.False(File.Exists(file.Path + ".tmp"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
