using System.Globalization;
using System.Text.Json.Nodes;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using k8s.Models;
using RagQa.Core.Messaging;
using RagQa.Deployment.Kubernetes;
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

        foreach (var plan in DeploymentPlan.Services.Where(s => s.Queue is not null))
        {
            var trigger = set.Find("ScaledObject", plan.Name)!.Json["spec"]!["triggers"]!.AsArray().Single()!;
            var metadata = trigger["metadata"]!;
            Assert.Equal("rabbitmq", (string?)trigger["type"]);
            Assert.Equal(plan.QueueName, (string?)metadata["queueName"]);
            Assert.Equal("QueueLength", (string?)metadata["mode"]);
            Assert.Equal(plan.Queue!.MessagesPerReplica, int.Parse((string)metadata["value"]!, CultureInfo.InvariantCulture));
            // The host comes from the TriggerAuthentication (KedaReachesRabbitMqFromItsOwnNamespace), nowhere else.
            Assert.Null(metadata["host"]);
            Assert.Null(metadata["hostFromEnv"]);
        }
        Assert.Null(set.Find("ScaledObject", "api"));
    }

    [Fact]
    public void KedaReachesRabbitMqFromItsOwnNamespace()
    {
        // The operator resolves names in the keda namespace (kedacore/keda#5442): only <service>.<namespace>.svc works.
        var set = ResourceSet.OfOverlay("keda");
        var rabbitMq = set.Find("Service", "rabbitmq")!;
        var port = rabbitMq.As<V1Service>().Spec.Ports.Single(p => p.Name == "tcp").Port;
        var authentication = set.Find("TriggerAuthentication", "ragqa-rabbitmq")!.Json["spec"]!;
        var hostRef = authentication["configMapTargetRef"]!.AsArray().Single(r => (string?)r!["parameter"] == "host")!;

        var host = set.Find("ConfigMap", (string)hostRef["name"]!)!.As<V1ConfigMap>().Data[(string)hostRef["key"]!];

        var ns = (string)rabbitMq.Json["metadata"]!["namespace"]!;
        Assert.Equal($"amqp://rabbitmq.{ns}.svc.cluster.local:{port}/{ClusterCredentials.RabbitMqVirtualHost}", host);
    }

    [Fact]
    public void PrefetchedMessagesNeverHideAScalingStepFromKeda()
    {
        // KEDA's QueueLength counts ready messages; each consumer holds its prefetch unacknowledged, out of sight.
        var generated = ResourceSet.Of(DeploymentRepository.AspirateOutput);

        foreach (var plan in DeploymentPlan.Services.Where(s => s.Queue is not null))
        {
            var environment = generated.Find("Deployment", plan.Name)!.As<V1Deployment>().Spec.Template.Spec.Containers.Single().Env;
            var prefetch = int.Parse(environment.Single(e => e.Name == "Messaging__Prefetch").Value, CultureInfo.InvariantCulture);

            Assert.Equal(plan.Queue!.Prefetch, prefetch);
            Assert.True(prefetch < plan.Queue.MessagesPerReplica, $"{plan.Name}: a prefetch of {prefetch} hides a whole step of {plan.Queue.MessagesPerReplica}");
            Assert.True(new MessagingOptions().ConsumerConcurrency <= prefetch, $"{plan.Name}: the consumer's concurrency needs at least that many messages");
        }
    }

    [Fact]
    public void ThePlansQueuesAreTheQueuesTheWorkersConsume()
    {
        Assert.Equal(
            [("queryworker", QueueNames.Query), ("ingestworker", QueueNames.Ingest), ("embedworker", QueueNames.Embed)],
            DeploymentPlan.Services.Where(s => s.Queue is not null).Select(s => (s.Name, s.QueueName!)));
        Assert.All(DeploymentPlan.Services.Where(s => s.Queue is not null), s => Assert.Contains(s.QueueName, QueueNames.WorkQueues));
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
