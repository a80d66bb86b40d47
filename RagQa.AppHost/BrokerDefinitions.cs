using System.Text.Json;

namespace RagQa.AppHost;

/// <summary>
/// The RabbitMQ definitions the container broker loads at every start (container mode), as in Kubernetes: the broker's
/// administrator (the AppHost's health check, on the empty <c>/</c> vhost) and <c>ragqa</c>, confined to the
/// <c>ragqa</c> vhost, which the services use. A node that loads definitions creates no <c>guest</c>.
/// </summary>
public static class BrokerDefinitions
{
    public const string ApplicationUser = "ragqa";
    public const string VirtualHost = "ragqa";

    /// <summary>Where the container's config (conf.d, read by the official image) and the definitions go.</summary>
    public const string ConfigDirectory = "/etc/rabbitmq/conf.d";
    public const string DefinitionsDirectory = "/etc/rabbitmq/ragqa";

    public const string ConfigFileName = "20-ragqa.conf";
    public const string DefinitionsFileName = "definitions.json";

    public static string Config => $"load_definitions = {DefinitionsDirectory}/{DefinitionsFileName}\n";

    public static string Json(string adminUser, string adminPassword, string applicationPassword) => JsonSerializer.Serialize(new
    {
        users = new[]
        {
            new { name = adminUser, password = adminPassword, tags = new[] { "administrator" } },
            new { name = ApplicationUser, password = applicationPassword, tags = Array.Empty<string>() },
        },
        vhosts = new[] { new { name = "/" }, new { name = VirtualHost } },
        permissions = new[]
        {
            new { user = adminUser, vhost = "/", configure = ".*", write = ".*", read = ".*" },
            new { user = ApplicationUser, vhost = VirtualHost, configure = ".*", write = ".*", read = ".*" },
        },
    });
}
