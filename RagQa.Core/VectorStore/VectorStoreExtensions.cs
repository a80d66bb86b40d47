using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Qdrant.Client;
using RagQa.Core.Text;

namespace RagQa.Core.VectorStore;

/// <summary>Registers the <see cref="IVectorStore"/> chosen by <c>VectorStore:Provider</c>.</summary>
public static class VectorStoreExtensions
{
    /// <summary>
    /// <c>embedded</c> (default): <see cref="PostgresVectorStore"/> on the shared <c>NpgsqlDataSource</c>.
    /// <c>qdrant</c>: <see cref="QdrantVectorStore"/> on a <see cref="QdrantClient"/> from connection string
    /// <c>qdrant</c>, with a <c>qdrant</c> health check. A wrong provider or a missing or malformed
    /// connection string fails at start-up, naming the setting. Calling it twice is harmless.
    /// </summary>
    public static IHostApplicationBuilder AddRagQaVectorStore(this IHostApplicationBuilder builder)
    {
        const string providerKey = $"{VectorStoreOptions.Section}:{nameof(VectorStoreOptions.Provider)}";
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(VectorStoreTelemetry))) return builder;
        services.AddOptions<VectorStoreOptions>()
            .CheckEnumSetting<VectorStoreOptions, VectorStoreProvider>(providerKey)
            .BindConfiguration(VectorStoreOptions.Section)
            .Validate<IConfiguration>(
                (options, configuration) => options.Provider != VectorStoreProvider.Qdrant
                    || QdrantConnectionSettings.TryParse(configuration.GetConnectionString(QdrantConnectionSettings.ConnectionName), out _),
                $"ConnectionStrings:{QdrantConnectionSettings.ConnectionName} must be 'Endpoint=http(s)://host:port[;Key=api-key]' when VectorStore:Provider is 'qdrant'.")
            .ValidateOnStart();
        services.AddMetrics();
        services.AddSingleton<VectorStoreTelemetry>();

        // The provider decides what else is registered (a Qdrant client and health check only when used);
        // an invalid value registers neither and is reported by the options validation above.
        if (EnumText.TryParse(builder.Configuration[providerKey]?.Trim(), out VectorStoreProvider provider) && provider == VectorStoreProvider.Qdrant)
        {
            services.AddSingleton(sp =>
            {
                var settings = QdrantConnectionSettings.Parse(
                    sp.GetRequiredService<IConfiguration>().GetConnectionString(QdrantConnectionSettings.ConnectionName));
                return new QdrantClient(settings.Endpoint, settings.Key, loggerFactory: sp.GetService<ILoggerFactory>());
            });
            services.AddSingleton<QdrantVectorStore>();
            services.AddHealthChecks().AddCheck<QdrantHealthCheck>(QdrantHealthCheck.Name);
        }
        else
        {
            services.AddSingleton<PostgresVectorStore>();
        }
        services.AddSingleton<IVectorStore>(sp => sp.GetRequiredService<IOptions<VectorStoreOptions>>().Value.Provider switch
        {
            VectorStoreProvider.Qdrant => sp.GetRequiredService<QdrantVectorStore>(),
            _ => sp.GetRequiredService<PostgresVectorStore>(),
        });
        return builder;
    }
}
