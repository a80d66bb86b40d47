using RagQa.Tests.Deployment;

namespace RagQa.Tests.Delivery;

/// <summary>
/// scripts/ci/deploy.sh in dry-run mode against each overlay: it renders the release offline (kubectl kustomize),
/// checks images and namespace, and prints the apply and the rollout checks; no secret value is ever printed.
/// </summary>
public sealed class DeployScriptTests
{
    private const string Tag = "0123456789abcdef0123456789abcdef01234567";
    private const string KubeConfig = "apiVersion: v1\nkind: Config\ncurrent-context: kubeconfig-marker-7f3a";

    public static TheoryData<string> Overlays() => new(DeploymentRepository.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Applies_the_overlay_with_this_builds_images_then_waits_for_every_workload(string overlay)
    {
        var secrets = SecretValues();

        var result = await DeployAsync(Settings(overlay, EnvFile(secrets)));

        Assert.True(result.ExitCode == 0, result.ToString());
        var commands = CiScript.Commands(result);
        // The rendered release (the overlay's Secret generated from RAGQA_SECRETS, this build's images) is applied whole.
        Assert.Contains(commands, c => c.StartsWith("kubectl apply -f ", StringComparison.Ordinal));
        foreach (var deployment in new[] { "api", "queryworker", "ingestworker", "embedworker" })
        {
            Assert.Contains($"kubectl -n ragqa rollout status deployment/{deployment} --timeout=10m", commands);
        }
        foreach (var statefulSet in new[] { "postgres", "rabbitmq", "redis", "qdrant" })
        {
            Assert.Contains($"kubectl -n ragqa rollout status statefulset/{statefulSet} --timeout=10m", commands);
        }
        var apply = commands.IndexOf(commands.First(c => c.StartsWith("kubectl apply -f ", StringComparison.Ordinal)));
        Assert.DoesNotContain(commands, c => c.Contains("create secret", StringComparison.Ordinal));
        Assert.All(commands.Skip(apply + 1), c => Assert.Contains(" rollout status ", c));
        Assert.Contains("Dry run: nothing was sent to staging", result.Output);
        AssertNoSecretShown(result, secrets);
    }

    [Fact]
    public async Task A_missing_secret_is_named_and_no_value_is_shown()
    {
        var secrets = SecretValues();
        var missing = secrets.Keys.Last();
        var given = secrets.Where(s => s.Key != missing).ToDictionary();

        var result = await DeployAsync(Settings("keda", EnvFile(given)));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"RAGQA_SECRETS has no value for: {missing}", result.Errors);
        Assert.Empty(CiScript.Commands(result));
        AssertNoSecretShown(result, secrets);
    }

    [Fact]
    public async Task A_malformed_secrets_line_is_reported_by_its_number_not_its_text()
    {
        var secrets = SecretValues();
        var settings = Settings("keda", EnvFile(secrets) + "\npasted-without-a-key-5b1e");

        var result = await DeployAsync(settings);

        Assert.NotEqual(0, result.ExitCode);
        // Line 1 is EnvFile's comment, then one line per secret, then the malformed one.
        Assert.Contains($"RAGQA_SECRETS lines {secrets.Count + 2} are not KEY=value", result.Errors);
        Assert.DoesNotContain("pasted-without-a-key-5b1e", result.Output + result.Errors);
    }

    [Theory]
    [InlineData("KUBE_NAMESPACE", "ragqa-staging", "renders into namespace(s) 'ragqa', not 'ragqa-staging'")]
    [InlineData("IMAGE_TAG", "latest;rm -rf /", "is not a valid image tag")]
    [InlineData("CONTAINER_REGISTRY", "registry.example.com/team", "must be a registry host[:port]")]
    [InlineData("KUSTOMIZE_OVERLAY", "manifests", "has no kustomization.yaml")]
    public async Task A_wrong_setting_stops_the_deployment_before_anything_is_sent(string name, string value, string error)
    {
        var settings = new Dictionary<string, string>(Settings("keda", EnvFile(SecretValues()))) { [name] = value };

        var result = await DeployAsync(settings);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(error, result.Errors);
        Assert.Empty(CiScript.Commands(result));
    }

    [Fact]
    public async Task Every_setting_the_workflows_pass_is_required()
    {
        var result = await CiScript.DryRunAsync("deploy.sh", ["staging"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("not set: KUSTOMIZE_OVERLAY KUBE_NAMESPACE CONTAINER_REGISTRY KUBE_CONFIG RAGQA_SECRETS", result.Errors);
    }

    private static Task<ProcessResult> DeployAsync(IReadOnlyDictionary<string, string> settings) =>
        CiScript.DryRunAsync("deploy.sh", ["staging"], settings);

    private static Dictionary<string, string> Settings(string overlay, string secrets) => new()
    {
        ["KUSTOMIZE_OVERLAY"] = $"manifests/overlays/{overlay}",
        ["KUBE_NAMESPACE"] = "ragqa",
        ["CONTAINER_REGISTRY"] = "registry.example.com",
        ["IMAGE_TAG"] = Tag,
        ["KUBE_CONFIG"] = KubeConfig,
        ["RAGQA_SECRETS"] = secrets,
    };

    /// <summary>A distinct value for every key of the Secret template, as the CI's secret store would hold them.</summary>
    private static Dictionary<string, string> SecretValues()
    {
        var template = YamlJson.Documents(File.ReadAllText(Path.Combine(DeploymentRepository.AspirateOutput, "ragqa-secrets.template.yaml")))
            .Single()!.AsObject();
        return template["stringData"]!.AsObject().ToDictionary(p => p.Key, _ => "secret-" + Guid.NewGuid().ToString("N"));
    }

    private static string EnvFile(IReadOnlyDictionary<string, string> secrets) =>
        "# from the CI's secret store\n" + string.Join('\n', secrets.Select(s => $"{s.Key}={s.Value}"));

    private static void AssertNoSecretShown(ProcessResult result, IReadOnlyDictionary<string, string> secrets)
    {
        foreach (var value in secrets.Values.Append("kubeconfig-marker-7f3a"))
        {
            Assert.DoesNotContain(value, result.Output + result.Errors);
        }
    }
}
