using System.Globalization;
using System.Text.Json.Nodes;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using k8s.Models;
using RagQa.Deployment.Plan;

namespace RagQa.Tests.Deployment;

/// <summary>
/// The overlays scale as planned (api 2–3 on CPU; query 5–20, ingest 2–5, embed 3–10 on their queues with KEDA,
/// on CPU without), the generated Deployments start at the planned minimum, and the plan's waits are the AppHost's.
/// </summary>
public sealed class DeploymentPlanTests
{
    [Fact]
    public void ThePlanIsTheOneOfTheDesign()
    {
        Assert.Equal(
            ["api 2-3", "queryworker 5-20 query", "ingestworker 2-5 ingest", "embedworker 3-10 embed"],
            DeploymentPlan.Services.Select(s => $"{s.Name} {s.MinReplicas}-{s.MaxReplicas} {s.QueueName}".TrimEnd()));
    }

    [Theory]
    [InlineData("keda")]
    [InlineData("hpa")]
    public void AutoscalersFollowThePlan(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);

        foreach (var plan in DeploymentPlan.Services)
        {
            var (min, max) = plan.QueueName is not null && overlay == "keda"
                ? ScaledObjectRange(set.Find("ScaledObject", plan.Name)!)
                : HpaRange(set.Find("HorizontalPodAutoscaler", plan.Name)!.As<V2HorizontalPodAutoscaler>());
            Assert.Equal((plan.MinReplicas, plan.MaxReplicas), (min, max));
            Assert.True(min <= max);
        }
    }

    [Fact]
    public void KedaScalesEachWorkerOnTheDepthOfItsOwnQueue()
    {
        var set = ResourceSet.OfOverlay("keda");
        var rabbitMq = set.Find("Service", "rabbitmq")!.As<V1Service>();

        foreach (var plan in DeploymentPlan.Services.Where(s => s.QueueName is not null))
        {
            var trigger = set.Find("ScaledObject", plan.Name)!.Json["spec"]!["triggers"]!.AsArray().Single()!;
            var metadata = trigger["metadata"]!;
            Assert.Equal("rabbitmq", (string?)trigger["type"]);
            Assert.Equal(plan.QueueName, (string?)metadata["queueName"]);
            Assert.Equal("QueueLength", (string?)metadata["mode"]);
            Assert.True(int.Parse((string)metadata["value"]!, CultureInfo.InvariantCulture) > 0);
            Assert.Equal($"amqp://{rabbitMq.Name()}:{rabbitMq.Spec.Ports.Single().Port}/", (string?)metadata["host"]);
        }
        Assert.Null(set.Find("ScaledObject", "api"));
    }

    [Fact]
    public void GeneratedDeploymentsStartAtThePlannedMinimum()
    {
        foreach (var plan in DeploymentPlan.Services)
        {
            var deployment = KubernetesDocumentReader.ReadFile(Path.Combine(DeploymentRepository.AspirateOutput, plan.Name, "deployment.yaml"))
                .Single().As<V1Deployment>();
            Assert.Equal(plan.MinReplicas, deployment.Spec.Replicas);
        }
    }

    [Fact]
    public async Task ThePlansWaitsAreTheAppHostsWaitsBetweenProjects()
    {
        var output = Path.Combine(Path.GetTempPath(), $"ragqa-plan-{Guid.NewGuid():N}.json");
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.RagQa_AppHost>(
            ["--publisher", "manifest", "--output-path", output]);
        var projects = builder.Resources.OfType<ProjectResource>().Select(p => p.Name).ToHashSet();

        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            var waits = project.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name).Where(projects.Contains).Order();
            Assert.Equal(DeploymentPlan.For(project.Name).WaitsFor.Order(), waits);
        }
    }

    private static (int Min, int Max) HpaRange(V2HorizontalPodAutoscaler hpa) => (hpa.Spec.MinReplicas ?? 1, hpa.Spec.MaxReplicas);

    private static (int Min, int Max) ScaledObjectRange(KubernetesDocument scaledObject) =>
        ((int)(long)scaledObject.Json["spec"]!["minReplicaCount"]!, (int)(long)scaledObject.Json["spec"]!["maxReplicaCount"]!);
}
