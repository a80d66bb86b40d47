using System.Globalization;
using k8s.Models;

namespace RagQa.Deployment.Kubernetes;

/// <summary>
/// The Deployment of one project: restricted pod security (non-root, read-only root filesystem with an
/// emptyDir /tmp, no privilege escalation, no capabilities, no service-account token), probes on the service
/// defaults' <c>/alive</c> and <c>/health</c>, the shared ConfigMap plus its own environment, one init container
/// per service it waits for, replicas spread over nodes and zones, and a termination grace that covers the
/// plan's shutdown time.
/// </summary>
public static class DeploymentFactory
{
    /// <summary>The non-root <c>app</c> user of the .NET container images.</summary>
    public const long AppUserId = 1654;

    /// <summary>Beyond the host's shutdown timeout: the endpoints' removal and the runtime's own exit.</summary>
    public const int TerminationMarginSeconds = 15;

    private const string TmpVolume = "tmp";
    private const string PodNameVariable = "POD_NAME";

    public static V1Deployment Create(ProjectWorkload workload, IReadOnlyList<ProjectWorkload> all, GeneratorOptions options) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = workload.ObjectMetadata(),
        Spec = new V1DeploymentSpec
        {
            Replicas = workload.Plan.MinReplicas,
            RevisionHistoryLimit = 5,
            Selector = new V1LabelSelector { MatchLabels = RagQaLabels.Selector(workload.Name) },
            // Never below the planned capacity while rolling out.
            Strategy = new V1DeploymentStrategy
            {
                Type = "RollingUpdate",
                RollingUpdate = new V1RollingUpdateDeployment { MaxSurge = "25%", MaxUnavailable = "0" },
            },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta
                {
                    Labels = RagQaLabels.For(workload.Name, workload.Component),
                    Annotations = new Dictionary<string, string>
                    {
                        ["prometheus.io/path"] = "/metrics",
                        ["prometheus.io/port"] = ClusterPorts.ProjectContainerPort.ToString(CultureInfo.InvariantCulture),
                        ["prometheus.io/scrape"] = "true",
                    },
                },
                Spec = new V1PodSpec
                {
                    AutomountServiceAccountToken = false,
                    TerminationGracePeriodSeconds = workload.Plan.ShutdownSeconds + TerminationMarginSeconds,
                    TopologySpreadConstraints = SpreadConstraints(workload),
                    SecurityContext = new V1PodSecurityContext
                    {
                        RunAsNonRoot = true,
                        RunAsUser = AppUserId,
                        RunAsGroup = AppUserId,
                        FsGroup = AppUserId,
                        SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
                    },
                    InitContainers = workload.Plan.WaitsFor.Count == 0
                        ? null
                        : workload.Plan.WaitsFor.Select(d => WaitContainer(Dependency(d, all), options)).ToList(),
                    Containers = [ServiceContainer(workload, options)],
                    Volumes =
                    [
                        new V1Volume
                        {
                            Name = TmpVolume,
                            EmptyDir = new V1EmptyDirVolumeSource { SizeLimit = new ResourceQuantity(workload.Plan.Compute.TmpSize) },
                        },
                    ],
                },
            },
        },
    };

    private static V1Container ServiceContainer(ProjectWorkload workload, GeneratorOptions options) => new()
    {
        Name = workload.Name,
        Image = workload.Image,
        ImagePullPolicy = "IfNotPresent",
        Ports = workload.Bindings
            .Select(b => new V1ContainerPort { Name = b.Key, ContainerPort = ClusterPorts.ContainerPort(workload.Resource, b.Value), Protocol = "TCP" })
            .ToList(),
        EnvFrom = [new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = ConfigurationFactory.ConfigMapName } }],
        Env = Environment(workload),
        Resources = new V1ResourceRequirements
        {
            Requests = new Dictionary<string, ResourceQuantity>
            {
                ["cpu"] = new(workload.Plan.Compute.CpuRequest),
                ["memory"] = new(workload.Plan.Compute.MemoryRequest),
            },
            Limits = new Dictionary<string, ResourceQuantity>
            {
                ["cpu"] = new(workload.Plan.Compute.CpuLimit),
                ["memory"] = new(workload.Plan.Compute.MemoryLimit),
            },
        },
        // Liveness is the process itself (/alive); readiness includes the dependencies (/health), which for the
        // api also means the schema migrations are done. The startup probe gives model loading time.
        StartupProbe = HttpProbe(workload, "/alive", periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 60),
        LivenessProbe = HttpProbe(workload, "/alive", periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3),
        ReadinessProbe = HttpProbe(workload, "/health", periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3),
        SecurityContext = RestrictedContainer(),
        VolumeMounts = [new V1VolumeMount { Name = TmpVolume, MountPath = "/tmp" }],
    };

    /// <summary>
    /// The secrets first (later values expand them as <c>$(SECRET_…)</c>), then the pod's identity for
    /// OpenTelemetry, then the service's own settings in name order.
    /// </summary>
    private static List<V1EnvVar> Environment(ProjectWorkload workload)
    {
        var environment = workload.SecretParameters
            .Select(p => new V1EnvVar
            {
                Name = SecretNames.EnvironmentVariable(p),
                ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = SecretNames.SecretName, Key = p } },
            })
            .ToList();
        environment.Add(new V1EnvVar
        {
            Name = PodNameVariable,
            ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "metadata.name" } },
        });
        environment.Add(new V1EnvVar { Name = "OTEL_SERVICE_NAME", Value = workload.Name });
        environment.Add(new V1EnvVar { Name = "OTEL_RESOURCE_ATTRIBUTES", Value = $"service.instance.id=$({PodNameVariable})" });
        environment.AddRange(workload.OwnEnvironment
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => new V1EnvVar { Name = e.Key, Value = e.Value.Text }));
        return environment;
    }

    /// <summary>
    /// Replicas on different nodes and zones where the cluster allows it; a full node or a single-zone cluster
    /// still schedules them (ScheduleAnyway).
    /// </summary>
    private static List<V1TopologySpreadConstraint> SpreadConstraints(ProjectWorkload workload) =>
        new[] { "kubernetes.io/hostname", "topology.kubernetes.io/zone" }
            .Select(key => new V1TopologySpreadConstraint
            {
                MaxSkew = 1,
                TopologyKey = key,
                WhenUnsatisfiable = "ScheduleAnyway",
                LabelSelector = new V1LabelSelector { MatchLabels = RagQaLabels.Selector(workload.Name) },
            })
            .ToList();

    private static ProjectWorkload Dependency(string name, IReadOnlyList<ProjectWorkload> all) =>
        all.FirstOrDefault(w => w.Name == name)
            ?? throw new InvalidOperationException($"The plan says a service waits for '{name}', which is not a project of the manifest.");

    /// <summary>Kubernetes has no <c>WaitFor</c>: the pod starts once the dependency's Service has a ready pod.</summary>
    private static V1Container WaitContainer(ProjectWorkload dependency, GeneratorOptions options)
    {
        var url = string.Create(CultureInfo.InvariantCulture, $"http://{dependency.Name}:{ClusterPorts.ProjectServicePort}/health");
        return new V1Container
        {
            Name = $"wait-for-{dependency.Name}",
            Image = options.WaitImage,
            ImagePullPolicy = "IfNotPresent",
            Command =
            [
                "sh", "-c",
                $"until wget -q -T 2 -O /dev/null {url}; do echo 'waiting for {dependency.Name} to be ready'; sleep 2; done",
            ],
            Resources = new V1ResourceRequirements
            {
                Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("10m"), ["memory"] = new("16Mi") },
                Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("100m"), ["memory"] = new("32Mi") },
            },
            SecurityContext = RestrictedContainer(),
        };
    }

    private static V1SecurityContext RestrictedContainer() => new()
    {
        AllowPrivilegeEscalation = false,
        ReadOnlyRootFilesystem = true,
        RunAsNonRoot = true,
        Capabilities = new V1Capabilities { Drop = ["ALL"] },
    };

    private static V1Probe HttpProbe(ProjectWorkload workload, string path, int periodSeconds, int timeoutSeconds, int failureThreshold) => new()
    {
        HttpGet = new V1HTTPGetAction { Path = path, Port = workload.HttpBindingName },
        PeriodSeconds = periodSeconds,
        TimeoutSeconds = timeoutSeconds,
        FailureThreshold = failureThreshold,
    };
}
