using k8s.Models;
using RagQa.Deployment.Kubernetes;
using RagQa.Deployment.Plan;

namespace RagQa.Tests.Deployment;

/// <summary>
/// The generated Deployments meet the Pod Security "restricted" profile with a read-only root filesystem,
/// probe the service defaults' endpoints, have a compute budget, and export telemetry to the OTLP endpoint.
/// </summary>
public sealed class GeneratedWorkloadTests
{
    private static readonly ResourceSet Generated = ResourceSet.Of(DeploymentRepository.AspirateOutput);

    public static TheoryData<string> Services() => new(DeploymentPlan.Services.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Services))]
    public void PodsRunRestrictedWithAReadOnlyRootFilesystem(string service)
    {
        var pod = Deployment(service).Spec.Template.Spec;

        Assert.True(pod.SecurityContext.RunAsNonRoot);
        Assert.Equal(DeploymentFactory.AppUserId, pod.SecurityContext.RunAsUser);
        Assert.Equal("RuntimeDefault", pod.SecurityContext.SeccompProfile.Type);
        Assert.False(pod.AutomountServiceAccountToken);
        foreach (var container in pod.Containers.Concat(pod.InitContainers ?? []))
        {
            Assert.False(container.SecurityContext.AllowPrivilegeEscalation);
            Assert.True(container.SecurityContext.ReadOnlyRootFilesystem);
            Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);
            Assert.Null(container.SecurityContext.Capabilities.Add);
            Assert.True(container.Resources.Requests.ContainsKey("cpu") && container.Resources.Limits.ContainsKey("memory"), $"{container.Name} has no compute budget");
        }
        var tmp = Assert.Single(pod.Containers.Single().VolumeMounts, m => m.MountPath == "/tmp");
        Assert.NotNull(pod.Volumes.Single(v => v.Name == tmp.Name).EmptyDir);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void LivenessIsAliveAndReadinessIsHealth(string service)
    {
        var container = Deployment(service).Spec.Template.Spec.Containers.Single();
        var httpPort = container.Ports.Single(p => p.ContainerPort == ClusterPorts.ProjectContainerPort).Name;

        Assert.Equal("/alive", container.LivenessProbe.HttpGet.Path);
        Assert.Equal("/alive", container.StartupProbe.HttpGet.Path);
        Assert.Equal("/health", container.ReadinessProbe.HttpGet.Path);
        Assert.All(new[] { container.LivenessProbe, container.StartupProbe, container.ReadinessProbe }, p => Assert.Equal(httpPort, p.HttpGet.Port.Value));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void TelemetryGoesToTheConfiguredOtlpEndpointUnderTheServicesName(string service)
    {
        var container = Deployment(service).Spec.Template.Spec.Containers.Single();
        var config = Generated.Find("ConfigMap", ConfigurationFactory.ConfigMapName)!.As<V1ConfigMap>();

        Assert.Equal(new GeneratorOptions().OtlpEndpoint, config.Data["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Contains(container.EnvFrom, s => s.ConfigMapRef.Name == config.Name());
        Assert.Equal(service, container.Env.Single(e => e.Name == "OTEL_SERVICE_NAME").Value);
    }

    [Fact]
    public void NoServiceIsExposedOutsideTheClusterByItself()
    {
        // The api goes out through the Ingress only (manifests/ingress, ExposureTests).
        Assert.Equal(
            ["api ClusterIP", "embedworker ClusterIP", "ingestworker ClusterIP", "queryworker ClusterIP"],
            Generated.All<V1Service>().Select(s => $"{s.Name()} {s.Spec.Type}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OnlyTheApiGetsTheAdminKey()
    {
        foreach (var deployment in Generated.All<V1Deployment>())
        {
            var keys = deployment.Spec.Template.Spec.Containers.Single().Env
                .Where(e => e.ValueFrom?.SecretKeyRef is not null).Select(e => e.ValueFrom.SecretKeyRef.Key);
            Assert.Equal(deployment.Name() == "api", keys.Contains("admin-api-key"));
        }
    }

    private static V1Deployment Deployment(string service) => Generated.Find("Deployment", service)!.As<V1Deployment>();
}
