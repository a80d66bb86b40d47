using System.Text.RegularExpressions;

namespace RagQa.Tests.Delivery;

/// <summary>
/// What `dotnet publish -t:PublishContainer` builds for each service: a repository named after the service, a
/// numeric non-root user (so that Kubernetes' runAsNonRoot can verify it from the image alone), and no registry in
/// the project — the CI passes it from its CONTAINER_REGISTRY variable, and the tag from the commit.
/// </summary>
public sealed partial class ContainerPublishPropertiesTests
{
    public static TheoryData<string> Services() => new(DeliveryRepository.Services);

    [Theory]
    [MemberData(nameof(Services))]
    public void The_image_is_named_after_the_service_and_runs_as_a_non_root_user(string service)
    {
        var container = ContainerProperties.Of(service);

        Assert.Equal("ragqa/" + service["RagQa.".Length..].ToLowerInvariant(), container.Repository);
        Assert.True(int.TryParse(container.User, out var uid) && uid > 0, $"ContainerUser '{container.User}' is not a numeric non-root user");
        Assert.Null(container.Registry);
    }

    [Fact]
    public void The_ci_scripts_publish_and_deploy_exactly_the_projects_that_build_an_image()
    {
        var solution = File.ReadAllText(Path.Combine(DeliveryRepository.Root, "RagQa.sln"));
        var withImage = SolutionProject().Matches(solution)
            .Select(m => m.Groups["path"].Value.Replace('\\', '/'))
            .Where(p => File.ReadAllText(Path.Combine(DeliveryRepository.Root, p)).Contains("<ContainerRepository>", StringComparison.Ordinal))
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .Order(StringComparer.Ordinal);
        var lib = File.ReadAllText(Path.Combine(DeliveryRepository.CiScripts, "lib.sh"));
        var ciServices = CiServices().Match(lib).Groups["list"].Value.Split(' ');

        Assert.Equal(DeliveryRepository.Services.Order(StringComparer.Ordinal), withImage);
        Assert.Equal(DeliveryRepository.Services, ciServices);
    }

    [GeneratedRegex(@"^Project\(""[^""]+""\) = ""[^""]+"", ""(?<path>[^""]+\.csproj)""", RegexOptions.Multiline)]
    private static partial Regex SolutionProject();

    [GeneratedRegex(@"^ci_services=\((?<list>[^)]*)\)", RegexOptions.Multiline)]
    private static partial Regex CiServices();
}
