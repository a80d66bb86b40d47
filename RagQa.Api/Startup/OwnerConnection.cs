using Npgsql;
using RagQa.Core.Data;

namespace RagQa.Api.Startup;

/// <summary>
/// The schema owner's connection, used by the migrator alone: <c>ConnectionStrings:ragqa-owner</c> when configured
/// (only the api gets it), else the application's own <c>ConnectionStrings:ragqa</c> (one role for everything, as
/// in the tests). Everything else connects as the application role, which the migrator grants DML rights only.
/// </summary>
public static class OwnerConnection
{
    public const string Name = "ragqa-owner";
    public const string ApplicationName = "ragqa";

    public static IServiceCollection AddDatabaseMigrator(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetConnectionString(Name) is { Length: > 0 } owner)
        {
            services.AddKeyedSingleton(Name, (_, _) => NpgsqlDataSource.Create(owner));
            services.AddSingleton(sp => new DatabaseMigrator(
                sp.GetRequiredKeyedService<NpgsqlDataSource>(Name), sp.GetRequiredService<ILogger<DatabaseMigrator>>()));
        }
        else
        {
            services.AddSingleton<DatabaseMigrator>();
        }
        return services;
    }

    /// <summary>The role the services connect as, to be granted DML; null when no owner connection is configured (nothing to grant).</summary>
    public static string? ApplicationRole(IConfiguration configuration) =>
        configuration.GetConnectionString(Name) is { Length: > 0 } && configuration.GetConnectionString(ApplicationName) is { Length: > 0 } application
            ? new NpgsqlConnectionStringBuilder(application).Username
            : null;
}
