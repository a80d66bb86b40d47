namespace RagQa.Tests.Delivery;

/// <summary>scripts/ci/publish-images.sh in dry-run mode: one SDK container publish per service, to the registry, tagged with the commit.</summary>
public sealed class PublishImagesScriptTests
{
    private const string Tag = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public async Task Publishes_each_service_to_the_registry_tagged_with_the_commit_only()
    {
        var result = await CiScript.DryRunAsync("publish-images.sh", [],
            new Dictionary<string, string> { ["CONTAINER_REGISTRY"] = "registry.example.com:5000", ["IMAGE_TAG"] = Tag });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            DeliveryRepository.Services.Select(p =>
                $"dotnet publish {p}/{p}.csproj -c Release -nologo -t:PublishContainer -p:ContainerRegistry=registry.example.com:5000 -p:ContainerImageTags={Tag}"),
            CiScript.Commands(result));
        foreach (var service in DeliveryRepository.Services)
        {
            Assert.Contains($"image registry.example.com:5000/{ContainerProperties.Of(service).Repository}:{Tag}", result.Output);
        }
    }

    [Fact]
    public async Task Without_a_registry_nothing_is_published()
    {
        var result = await CiScript.DryRunAsync("publish-images.sh", [], new Dictionary<string, string> { ["IMAGE_TAG"] = Tag });

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("not set: CONTAINER_REGISTRY", result.Errors);
        Assert.Empty(CiScript.Commands(result));
    }
}
