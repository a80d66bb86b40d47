using k8s.Models;
using RagQa.Deployment.AspireModel;
using RagQa.Deployment.Kubernetes;

namespace RagQa.Tests.Deployment;

/// <summary>
/// The hand-written StatefulSets in manifests/backing-services are the AppHost's containers: the same image,
/// entrypoint and arguments, ports, environment (secrets from the Secret) and volumes, behind a Service of the
/// resource's name on the ports the generated Deployments connect to — except where the cluster deliberately
/// differs (<see cref="ImageVariants"/>, <see cref="OwnCommands"/>).
/// </summary>
public sealed class BackingServicesTests
{
    /// <summary>Qdrant's non-root build of the same version: the stock image runs as root.</summary>
    private static readonly Dictionary<string, string> ImageVariants = new() { ["qdrant"] = "-unprivileged" };

    /// <summary>Redis reads its password from a configuration file, not from its command line (the manifest's way).</summary>
    private static readonly HashSet<string> OwnCommands = ["redis"];

    private static readonly AspireManifest Manifest = AspireManifest.Parse(File.ReadAllText(DeploymentRepository.AspireManifest));
    private static readonly ResourceSet BackingServices =
        ResourceSet.Of(Path.Combine(DeploymentRepository.Manifests, "backing-services"));

    private static readonly IReadOnlyList<string> ContainerNames =
        Manifest.Resources.Where(r => r.Value.Type == AspireResourceTypes.Container).Select(r => r.Key).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Containers() => new(ContainerNames);

    [Fact]
    public void EveryContainerOfTheManifestHasAStatefulSet()
    {
        Assert.Equal(["postgres", "qdrant", "rabbitmq", "redis"], ContainerNames);
        Assert.Equal(ContainerNames, BackingServices.All<V1StatefulSet>().Select(s => s.Name()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Containers))]
    public void TheStatefulSetRunsTheManifestsContainer(string name)
    {
        var resource = Manifest[name];
        var statefulSet = BackingServices.Find("StatefulSet", name)!.As<V1StatefulSet>();
        var container = Assert.Single(statefulSet.Spec.Template.Spec.Containers);

        Assert.Equal(resource.Image + ImageVariants.GetValueOrDefault(name, ""), container.Image);
        if (!OwnCommands.Contains(name))
        {
            Assert.Equal(resource.Entrypoint is null ? null : [resource.Entrypoint], container.Command);
            Assert.Equal(resource.Args, container.Args);
        }
        foreach (var (bindingName, binding) in resource.Bindings!)
        {
            Assert.Contains(container.Ports, p => p.Name == bindingName && p.ContainerPort == binding.TargetPort);
        }
        foreach (var volume in resource.Volumes ?? [])
        {
            var mount = Assert.Single(container.VolumeMounts, m => m.MountPath == volume.Target);
            Assert.Contains(statefulSet.Spec.VolumeClaimTemplates, c => c.Name() == mount.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Containers))]
    public void TheStatefulSetHasTheManifestsEnvironment(string name)
    {
        var resolver = new ManifestValueResolver(Manifest);
        var pod = BackingServices.Find("StatefulSet", name)!.As<V1StatefulSet>().Spec.Template.Spec;
        // The service's own container, or the init container that writes its configuration.
        var environment = pod.Containers.Concat(pod.InitContainers ?? []).SelectMany(c => c.Env ?? []).ToList();

        foreach (var (key, template) in Manifest[name].Env ?? new Dictionary<string, string>())
        {
            var variable = Assert.Single(environment, e => e.Name == key);
            var value = resolver.Resolve(template);
            if (value.IsPlain)
            {
                Assert.Equal(value.Text, variable.Value);
            }
            else
            {
                // A secret parameter, whole: read from the Secret under the parameter's name.
                var parameter = Assert.Single(value.SecretParameters);
                Assert.Equal($"$({SecretNames.EnvironmentVariable(parameter)})", value.Text);
                Assert.Equal(SecretNames.SecretName, variable.ValueFrom.SecretKeyRef.Name);
                Assert.Equal(parameter, variable.ValueFrom.SecretKeyRef.Key);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Containers))]
    public void TheServiceOffersEveryBindingOnThePortTheServicesUse(string name)
    {
        var resource = Manifest[name];
        var service = BackingServices.Find("Service", name)!.As<V1Service>();

        foreach (var (bindingName, binding) in resource.Bindings!)
        {
            Assert.Contains(service.Spec.Ports, p => p.Name == bindingName && p.Port == ClusterPorts.ServicePort(resource, binding));
        }
    }

    [Fact]
    public void PostgresCreatesTheDatabaseTheServicesConnectTo()
    {
        var database = Manifest.Resources.Single(r => r.Value.Type == AspireResourceTypes.Value && r.Value.ConnectionString?.StartsWith("{postgres.", StringComparison.Ordinal) == true);
        var container = BackingServices.Find("StatefulSet", "postgres")!.As<V1StatefulSet>().Spec.Template.Spec.Containers.Single();

        Assert.Equal($"{{postgres.connectionString}};Database={database.Key}", database.Value.ConnectionString);
        Assert.Equal(database.Key, container.Env.Single(e => e.Name == "POSTGRES_DB").Value);
    }
}
