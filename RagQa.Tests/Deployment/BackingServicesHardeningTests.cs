using k8s.Models;
using RagQa.Deployment.Kubernetes;

namespace RagQa.Tests.Deployment;

/// <summary>
/// The backing services survive a restart on cloud block storage, create the least-privileged credentials the
/// services use, keep secrets off command lines, and are sized for their job (issue #20, items 2, 8 and 10).
/// </summary>
public sealed class BackingServicesHardeningTests
{
    private static readonly ResourceSet BackingServices = ResourceSet.Of(Path.Combine(DeploymentRepository.Manifests, "backing-services"));

    [Fact]
    public void RabbitMqKeepsItsErlangCookiePrivateAcrossRestarts()
    {
        // With fsGroup, a relabelled volume makes .erlang.cookie 0660 and RabbitMQ refuses to start.
        var pod = StatefulSet("rabbitmq").Spec.Template.Spec;
        var data = pod.Containers.Single().VolumeMounts.Single(m => m.MountPath == "/var/lib/rabbitmq").Name;

        Assert.Equal("OnRootMismatch", pod.SecurityContext.FsGroupChangePolicy);
        var fix = Assert.Single(pod.InitContainers ?? [], c => string.Join(' ', c.Command).Contains("chmod 0400 \"$cookie\"", StringComparison.Ordinal));
        Assert.Contains("cookie=/var/lib/rabbitmq/.erlang.cookie", string.Join(' ', fix.Command), StringComparison.Ordinal);
        Assert.Contains(fix.VolumeMounts, m => m.Name == data && m.MountPath == "/var/lib/rabbitmq");
    }

    [Fact]
    public void EveryVolumeOwnedByFsGroupIsRelabelledOnlyOnMismatch()
    {
        foreach (var statefulSet in BackingServices.All<V1StatefulSet>())
        {
            Assert.True(statefulSet.Spec.Template.Spec.SecurityContext.FsGroupChangePolicy == "OnRootMismatch", $"{statefulSet.Name()} relabels its volume on every start");
        }
    }

    [Fact]
    public void PostgresCreatesTheOwnerAndApplicationRolesFromTheSecret()
    {
        var pod = StatefulSet("postgres").Spec.Template.Spec;
        var container = pod.Containers.Single();
        var init = BackingServices.Find("ConfigMap", "postgres-init")!.As<V1ConfigMap>();
        var script = init.Data.Single().Value;

        Assert.Contains(container.VolumeMounts, m => m.MountPath == "/docker-entrypoint-initdb.d"
            && pod.Volumes.Single(v => v.Name == m.Name).ConfigMap.Name == init.Name());
        Assert.Equal(ClusterCredentials.OwnerPasswordKey, SecretKeyOf(container, "RAGQA_OWNER_PASSWORD"));
        Assert.Equal(ClusterCredentials.AppPasswordKey, SecretKeyOf(container, "RAGQA_APP_PASSWORD"));
        Assert.Equal("10-ragqa-roles.sql", init.Data.Single().Key);
        // The file local mode runs too (scripts/local/postgres.sh), hence idempotent: create when missing, then set.
        Assert.Equal(File.ReadAllText(Path.Combine(DeploymentRepository.Manifests, "backing-services", "postgres-roles.sql")), script);
        Assert.Contains($"CREATE ROLE {ClusterCredentials.OwnerRole};", script, StringComparison.Ordinal);
        Assert.Contains($"ALTER ROLE {ClusterCredentials.OwnerRole} LOGIN PASSWORD :'owner_password'", script, StringComparison.Ordinal);
        Assert.Contains($"ALTER ROLE {ClusterCredentials.AppRole} LOGIN PASSWORD :'app_password'", script, StringComparison.Ordinal);
        Assert.Contains($"ALTER DATABASE :\"DBNAME\" OWNER TO {ClusterCredentials.OwnerRole}", script, StringComparison.Ordinal);
        Assert.Contains($"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {ClusterCredentials.AppRole}", script, StringComparison.Ordinal);
        Assert.DoesNotContain($"GRANT ALL", script, StringComparison.OrdinalIgnoreCase);
        // Passwords from the environment inside psql, never on its command line.
        Assert.Contains("\\getenv app_password RAGQA_APP_PASSWORD", script, StringComparison.Ordinal);
    }

    [Fact]
    public void RabbitMqHasAServiceUserConfinedToTheRagqaVirtualHostAndNoGuest()
    {
        var pod = StatefulSet("rabbitmq").Spec.Template.Spec;
        var prepare = pod.InitContainers.Single();
        var script = string.Join(' ', prepare.Command);
        var config = BackingServices.Find("ConfigMap", "rabbitmq-config")!.As<V1ConfigMap>();

        Assert.Equal(ClusterCredentials.RabbitMqPasswordKey, SecretKeyOf(prepare, "RAGQA_PASSWORD"));
        Assert.Contains($"{{\"name\": \"{ClusterCredentials.RabbitMqUser}\", \"password\": \"$RAGQA_PASSWORD\", \"tags\": []}}", script, StringComparison.Ordinal);
        Assert.Contains($"{{\"user\": \"{ClusterCredentials.RabbitMqUser}\", \"vhost\": \"{ClusterCredentials.RabbitMqVirtualHost}\"", script, StringComparison.Ordinal);
        Assert.DoesNotContain($"{{\"user\": \"{ClusterCredentials.RabbitMqUser}\", \"vhost\": \"/\"", script, StringComparison.Ordinal);
        Assert.DoesNotContain("\"guest\"", script, StringComparison.Ordinal);
        // Loaded at every start: definitions replace the default user.
        Assert.Contains("load_definitions = /etc/rabbitmq/definitions/definitions.json", config.Data.Single().Value, StringComparison.Ordinal);
        Assert.Contains(pod.Containers.Single().VolumeMounts, m => m.MountPath == "/etc/rabbitmq/conf.d/20-ragqa.conf");
    }

    [Fact]
    public void RedisTakesItsPasswordFromAFileAndCapsItsMemory()
    {
        var pod = StatefulSet("redis").Spec.Template.Spec;
        var redis = pod.Containers.Single();
        var configure = pod.InitContainers.Single();
        var config = string.Join(' ', configure.Command);

        Assert.DoesNotContain("requirepass", string.Join(' ', (redis.Command ?? []).Concat(redis.Args ?? [])), StringComparison.Ordinal);
        Assert.DoesNotContain("-a ", string.Join(' ', redis.ReadinessProbe.Exec.Command), StringComparison.Ordinal);
        Assert.Equal(["redis-server"], redis.Command);
        Assert.Equal(["/etc/redis/redis.conf"], redis.Args);
        Assert.Contains("requirepass \"$REDIS_PASSWORD\"", config, StringComparison.Ordinal);
        Assert.Equal("redis-password", SecretKeyOf(configure, "REDIS_PASSWORD"));
        // The cache must evict before the container's memory limit kills it.
        var maxMemory = System.Text.RegularExpressions.Regex.Match(config, @"maxmemory (\d+)mb");
        Assert.True(maxMemory.Success);
        Assert.True(long.Parse(maxMemory.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * 1024 * 1024 < redis.Resources.Limits["memory"].ToInt64());
        Assert.Contains("maxmemory-policy allkeys-lru", config, StringComparison.Ordinal);
        // The file lives in memory only.
        Assert.Equal("Memory", pod.Volumes.Single(v => v.Name == configure.VolumeMounts.Single().Name).EmptyDir.Medium);
    }

    [Fact]
    public void NoContainerExpandsASecretIntoItsCommandLine()
    {
        foreach (var statefulSet in BackingServices.All<V1StatefulSet>())
        {
            foreach (var container in statefulSet.Spec.Template.Spec.Containers)
            {
                var secrets = (container.Env ?? []).Where(e => e.ValueFrom?.SecretKeyRef is not null).Select(e => e.Name).ToList();
                var commandLine = string.Join(' ', (container.Command ?? []).Concat(container.Args ?? []));
                Assert.All(secrets, s => Assert.DoesNotContain("$" + s, commandLine, StringComparison.Ordinal));
                Assert.All(secrets, s => Assert.DoesNotContain($"$({s})", commandLine, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void PostgresSharedMemoryIsAMemoryVolumeLargerThanTheDefault()
    {
        var pod = StatefulSet("postgres").Spec.Template.Spec;
        var shm = pod.Containers.Single().VolumeMounts.Single(m => m.MountPath == "/dev/shm");
        var volume = pod.Volumes.Single(v => v.Name == shm.Name).EmptyDir;

        Assert.Equal("Memory", volume.Medium);
        Assert.True(volume.SizeLimit.ToInt64() > 64L * 1024 * 1024);
    }

    private static V1StatefulSet StatefulSet(string name) => BackingServices.Find("StatefulSet", name)!.As<V1StatefulSet>();

    private static string? SecretKeyOf(V1Container container, string variable) =>
        container.Env?.SingleOrDefault(e => e.Name == variable)?.ValueFrom?.SecretKeyRef?.Key;
}
