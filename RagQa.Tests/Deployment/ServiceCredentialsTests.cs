using k8s.Models;
using RagQa.Deployment.AspireModel;
using RagQa.Deployment.Kubernetes;

namespace RagQa.Tests.Deployment;

/// <summary>
/// The services connect with least privilege (issue #20, item 8): Postgres as the application role, the api alone also
/// as the owner role for its migrations, RabbitMQ as the user of the <c>ragqa</c> vhost; no service and not KEDA can read
/// the superuser's or the broker admin's password.
/// </summary>
public sealed class ServiceCredentialsTests
{
    private static readonly ResourceSet Keda = ResourceSet.OfOverlay("keda");

    public static TheoryData<string> Services() => new(Keda.All<V1Deployment>().Select(d => d.Name()).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Services))]
    public void TheServiceConnectsAsTheApplicationRoleAndTheVirtualHostsUser(string service)
    {
        var environment = Environment(service);

        Assert.Equal(
            $"Host=postgres;Port=5432;Username={ClusterCredentials.AppRole};Password=$({SecretNames.EnvironmentVariable(ClusterCredentials.AppPasswordKey)});Database=ragqa",
            environment["ConnectionStrings__ragqa"]);
        Assert.Equal(
            $"amqp://{ClusterCredentials.RabbitMqUser}:$({SecretNames.EnvironmentVariable(ClusterCredentials.RabbitMqPasswordKey)})@rabbitmq:5672/{ClusterCredentials.RabbitMqVirtualHost}",
            environment["ConnectionStrings__rabbitmq"]);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void OnlyTheApiGetsTheOwnerRole(string service)
    {
        var environment = Environment(service);

        Assert.Equal(service == "api", environment.ContainsKey(ClusterCredentials.OwnerConnectionString));
        if (service == "api")
        {
            Assert.Contains($"Username={ClusterCredentials.OwnerRole};", environment[ClusterCredentials.OwnerConnectionString], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NoServiceAndNotKedaCanReadAnAdministratorPassword()
    {
        var readers = Keda.PodTemplates()
            .Where(t => t.Workload.Kind == "Deployment")
            .SelectMany(t => t.Template.Spec.Containers.Concat(t.Template.Spec.InitContainers ?? []))
            .SelectMany(c => c.Env ?? [])
            .Select(e => e.ValueFrom?.SecretKeyRef?.Key)
            .Concat(Keda.OfKind("TriggerAuthentication").SelectMany(a => a.Json["spec"]!["secretTargetRef"]!.AsArray()).Select(r => (string?)r!["key"]))
            .OfType<string>()
            .ToHashSet();

        Assert.Empty(readers.Intersect(ClusterCredentials.AdministratorKeys));
        Assert.Equal(ClusterCredentials.RabbitMqUser, Keda.Find("ConfigMap", ConfigurationFactory.ConfigMapName)!.As<V1ConfigMap>().Data["RABBITMQ_USERNAME"]);
    }

    [Fact]
    public void TheGeneratorRefusesToHandAServiceAnAdministratorPassword()
    {
        var superuser = new Dictionary<string, ResolvedValue>
        {
            ["SOMETHING_NEW"] = new("postgres:$(SECRET_POSTGRES_PASSWORD)", new HashSet<string> { "postgres-password" }),
        };

        Assert.Throws<InvalidOperationException>(() => ClusterCredentials.Apply(superuser, ownsSchema: false));
    }

    private static Dictionary<string, string> Environment(string service) =>
        Keda.Find("Deployment", service)!.As<V1Deployment>().Spec.Template.Spec.Containers.Single().Env
            .Where(e => e.Value is not null)
            .ToDictionary(e => e.Name, e => e.Value);
}
