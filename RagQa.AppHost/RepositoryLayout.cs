using Microsoft.Extensions.Configuration;

namespace RagQa.AppHost;

/// <summary>
/// Where things live: the repository root (the folder holding RagQa.sln, found by walking up from the
/// AppHost project), the local-mode data folder (<c>RagQa:DataDirectory</c>, default <c>&lt;repo&gt;/.ragqa</c>,
/// git-ignored, holding the generated secrets too) and the files the services are pointed at.
/// </summary>
public sealed record RepositoryLayout(string Root, string DataDirectory)
{
    public const string DataDirectoryKey = "RagQa:DataDirectory";

    public string LocalScript(string fileName) => Path.Combine(Root, "scripts", "local", fileName);

    /// <summary>The database roles (ragqa_owner, ragqa_app), shared by local mode, container mode and Kubernetes.</summary>
    public string PostgresRolesScript => Path.Combine(Root, "manifests", "backing-services", "postgres-roles.sql");

    public string OlistSample => Path.Combine(Root, "data", "olist", "olist_order_reviews_sample.csv");

    /// <summary>Where the generated value of a secret parameter is kept (<see cref="SavedSecretDefault"/>).</summary>
    public string SecretFile(string parameterName) => Path.Combine(DataDirectory, parameterName);

    public static RepositoryLayout Locate(IDistributedApplicationBuilder builder)
    {
        var directory = new DirectoryInfo(builder.AppHostDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RagQa.sln")))
        {
            directory = directory.Parent;
        }
        var root = directory?.FullName
            ?? throw new InvalidOperationException($"RagQa.sln not found in {builder.AppHostDirectory} or any folder above it.");

        var configured = builder.Configuration[DataDirectoryKey];
        var data = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(root, ".ragqa")
            : Path.GetFullPath(configured, root);
        return new RepositoryLayout(root, data);
    }
}
