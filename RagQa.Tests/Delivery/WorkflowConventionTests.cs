using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RagQa.Tests.Delivery;

/// <summary>
/// The rules the workflows keep beyond their schema: actions pinned to a commit with its version beside it, every
/// command a scripts/ci script (so the dry-run tests cover it), secrets only through environment variables of the
/// step that needs them, read-only token, and the order lint and tests → images → staging → production.
/// </summary>
public sealed partial class WorkflowConventionTests
{
    private static readonly string[] DeploySettings =
        ["KUSTOMIZE_OVERLAY", "KUBE_NAMESPACE", "CONTAINER_REGISTRY", "IMAGE_TAG", "KUBE_CONFIG", "RAGQA_SECRETS"];

    public static TheoryData<string> Workflows() => new(DeliveryRepository.Workflows.Select(f => Path.GetFileName(f)));

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_action_is_pinned_to_a_commit_with_its_version_beside_it(string workflow)
    {
        var uses = File.ReadAllLines(WorkflowPath(workflow)).Where(l => l.TrimStart(' ', '-').StartsWith("uses:", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, line => Assert.Matches(PinnedAction(), line));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_command_is_a_ci_script_without_an_expression_spliced_in(string workflow)
    {
        var runs = Steps(workflow).Select(s => (string?)s["run"]).OfType<string>().ToList();

        Assert.NotEmpty(runs);
        foreach (var run in runs)
        {
            var match = CiScriptCall().Match(run);
            Assert.True(match.Success, $"'{run}' does not call a scripts/ci script");
            Assert.True(File.Exists(Path.Combine(DeliveryRepository.CiScripts, match.Groups["script"].Value)), run);
            // Only the matrix value, which this file defines, may be part of a command; anything else comes in as an env variable.
            Assert.DoesNotMatch(@"\$\{\{(?!\s*matrix\.)", run);
        }
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Secrets_reach_only_the_environment_of_a_step_or_the_registry_login(string workflow)
    {
        var places = StringsWithSecrets(WorkflowSchema.Read(WorkflowPath(workflow)), "").ToList();

        Assert.All(places, path => Assert.Matches(@"^/jobs/[^/]+/steps/\d+/(env/[A-Z_]+|with/(username|password))$", path));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void The_token_can_only_read_the_repository(string workflow)
    {
        var permissions = WorkflowSchema.Read(WorkflowPath(workflow))["permissions"]!.AsObject();

        Assert.Equal("""{"contents":"read"}""", permissions.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void A_deployment_runs_in_its_environment_one_at_a_time_with_every_setting(string workflow)
    {
        var jobs = WorkflowSchema.Read(WorkflowPath(workflow))["jobs"]!.AsObject();
        var deployJobs = jobs.Where(j => JobSteps(j.Value!).Any(IsDeploy)).ToList();

        Assert.NotEmpty(deployJobs);
        foreach (var (name, job) in deployJobs)
        {
            Assert.NotNull(job!["environment"]);
            Assert.False((bool)job["concurrency"]!["cancel-in-progress"]!, $"{name} may be cancelled half-way");
            var env = JobSteps(job).Single(IsDeploy)["env"]!.AsObject();
            Assert.All(DeploySettings, setting => Assert.True(env.ContainsKey(setting), $"{name} does not pass {setting}"));
        }
    }

    [Fact]
    public void Delivery_runs_lint_and_tests_then_images_then_staging_then_production()
    {
        var jobs = WorkflowSchema.Read(WorkflowPath("delivery.yml"))["jobs"]!.AsObject();

        Assert.Equal(["end-to-end", "integration", "unit"], jobs["test"]!["strategy"]!["matrix"]!["suite"]!.AsArray().Select(s => (string)s!).Order());
        Assert.Equal(["lint", "test"], jobs["images"]!["needs"]!.AsArray().Select(n => (string)n!).Order());
        Assert.Contains("refs/heads/main", (string)jobs["images"]!["if"]!);
        Assert.Equal("images", (string)jobs["deploy-staging"]!["needs"]!);
        Assert.Equal("staging", (string)jobs["deploy-staging"]!["environment"]!);
        Assert.Equal("deploy-staging", (string)jobs["deploy-production"]!["needs"]!);
        Assert.Equal("production", (string)jobs["deploy-production"]!["environment"]!);
    }

    private static string WorkflowPath(string workflow) => Path.Combine(DeliveryRepository.WorkflowsDirectory, workflow);

    private static IEnumerable<JsonObject> Steps(string workflow) =>
        WorkflowSchema.Read(WorkflowPath(workflow))["jobs"]!.AsObject().SelectMany(j => JobSteps(j.Value!));

    private static IEnumerable<JsonObject> JobSteps(JsonNode job) => job["steps"]!.AsArray().Select(s => s!.AsObject());

    private static bool IsDeploy(JsonObject step) => ((string?)step["run"])?.StartsWith("bash scripts/ci/deploy.sh", StringComparison.Ordinal) == true;

    private static IEnumerable<string> StringsWithSecrets(JsonNode? node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => StringsWithSecrets(p.Value, $"{path}/{p.Key}")),
        JsonArray a => a.SelectMany((item, i) => StringsWithSecrets(item, $"{path}/{i}")),
        JsonValue v when v.TryGetValue<string>(out var text) && text.Contains("secrets.", StringComparison.Ordinal) => [path],
        _ => [],
    };

    [GeneratedRegex(@"^\s*(- )?uses: [A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")]
    private static partial Regex PinnedAction();

    [GeneratedRegex(@"^bash scripts/ci/(?<script>[a-z-]+\.sh)( [^\n]*)?$")]
    private static partial Regex CiScriptCall();
}
