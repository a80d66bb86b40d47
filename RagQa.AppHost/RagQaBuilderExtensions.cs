using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace RagQa.AppHost;

/// <summary>The RagQa-specific wiring that Program.cs reads as one word each.</summary>
public static class RagQaBuilderExtensions
{
    public const string ApiPortKey = "RagQa:ApiPort";
    public const int DefaultApiPort = 5080;

    /// <summary>The api's fixed HTTP port (<c>RagQa:ApiPort</c>, default 5080); 0 means any free port.</summary>
    public static int? ApiPort(this IDistributedApplicationBuilder builder)
    {
        var port = builder.Configuration.GetValue(ApiPortKey, DefaultApiPort);
        if (port is < 0 or > 65535)
        {
            throw new InvalidOperationException($"{ApiPortKey} must be a TCP port (1-65535), or 0 for any free port, not {port}.");
        }
        return port == 0 ? null : port;
    }

    /// <summary>
    /// A secret parameter (masked in the dashboard): <c>Parameters:NAME</c> when configured, else
    /// <paramref name="environmentVariable"/> when given and set, else generated once into <see cref="RepositoryLayout.SecretFile"/>.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddSavedSecret(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, RepositoryLayout layout, string? environmentVariable = null) =>
        builder.AddParameter(name, new SavedSecretDefault(builder.Configuration, layout.SecretFile(name), environmentVariable), secret: true);

    /// <summary>
    /// The api runs the migrations as the schema owner (<c>ConnectionStrings:ragqa-owner</c>, read by RagQa.Api's
    /// OwnerConnection) while every service, the api included, works as the application role. A published database
    /// has one user for both here (Kubernetes maps the roles itself), so it gets nothing.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithSchemaOwner(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<IResourceWithConnectionString> database)
    {
        var owner = database.Resource is LocalPostgresDatabaseResource local
            ? local.OwnerConnectionStringExpression
            : database.Resource.Annotations.OfType<SchemaOwnerConnectionAnnotation>().LastOrDefault()?.ConnectionString;
        return owner is null ? builder : builder.WithEnvironment($"ConnectionStrings__{database.Resource.Name}-owner", owner);
    }

    /// <summary>Qdrant when there is one (container mode), else the embedded store, which keeps its vectors in Postgres.</summary>
    public static IResourceBuilder<ProjectResource> WithVectorStore(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<QdrantServerResource>? qdrant) =>
        qdrant is null
            ? builder.WithEnvironment("VectorStore__Provider", "embedded")
            : builder.WithReference(qdrant).WaitFor(qdrant).WithEnvironment("VectorStore__Provider", "qdrant");

    /// <summary>
    /// Seeds the knowledge base with the Olist review sample in the repository (<c>Seed__Enabled</c>,
    /// <c>Seed__OlistSamplePath</c>). Run mode only: a published deployment has no such file.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithOlistSampleSeed(this IResourceBuilder<ProjectResource> builder, RepositoryLayout repo) =>
        builder.ApplicationBuilder.ExecutionContext.IsRunMode
            ? builder.WithEnvironment("Seed__Enabled", "true").WithEnvironment("Seed__OlistSamplePath", repo.OlistSample)
            : builder;

    /// <summary>
    /// Turns off the retrieval levers that read Debian's pt-BR thesaurus and Portuguese–English dictionary
    /// (<c>Query__GlossWeight</c>, <c>Query__TranslationWeight</c>, <c>Query__SynonymWeight</c>) in a published
    /// deployment: the SDK-built images (.NET runtime base, no apt) do not carry those files, and a service whose lever
    /// is on refuses to start without them. Run mode has them from scripts/install.sh.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithoutDebianLexiconsWhenPublished(this IResourceBuilder<ProjectResource> builder) =>
        builder.ApplicationBuilder.ExecutionContext.IsPublishMode
            ? builder.WithEnvironment("Query__GlossWeight", "0").WithEnvironment("Query__TranslationWeight", "0").WithEnvironment("Query__SynonymWeight", "0")
            : builder;

    /// <summary>
    /// Messages the worker handles at the same time (<c>Messaging__ConsumerConcurrency</c>), sized to this machine's
    /// cores: one consumer at a time leaves a core idle while a message waits on Postgres, Redis or the broker. Run mode
    /// only: in Kubernetes each replica takes one message at a time (prefetch 1) and KEDA adds replicas instead. A
    /// <c>Messaging:ConsumerConcurrency</c> given to the AppHost still wins (<see cref="WithForwardedSettings{T}"/>).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithConsumerConcurrencyPerCore(this IResourceBuilder<ProjectResource> builder, int messagesPerCore) =>
        builder.ApplicationBuilder.ExecutionContext.IsRunMode
            ? builder.WithEnvironment("Messaging__ConsumerConcurrency", ConsumerConcurrency(messagesPerCore, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture))
            : builder;

    /// <summary>At most the consumers' default prefetch (16): a consumer never handles more messages than the broker lets it hold.</summary>
    public static int ConsumerConcurrency(int messagesPerCore, int cores) => Math.Clamp(messagesPerCore * cores, 1, DefaultPrefetch);

    private const int DefaultPrefetch = 16;

    /// <summary>
    /// Passes the AppHost's settings under the given sections on to the service, whatever their source
    /// (appsettings, environment, <c>--Embeddings:Provider hashing</c> on the command line), overriding
    /// the values set before this call.
    /// </summary>
    public static IResourceBuilder<T> WithForwardedSettings<T>(this IResourceBuilder<T> builder, params string[] sections)
        where T : IResourceWithEnvironment
    {
        var configuration = builder.ApplicationBuilder.Configuration;
        return builder.WithEnvironment(context =>
        {
            foreach (var section in sections)
            {
                foreach (var (key, value) in configuration.GetSection(section).AsEnumerable())
                {
                    if (value is not null)
                    {
                        context.EnvironmentVariables[key.Replace(":", "__", StringComparison.Ordinal)] = value;
                    }
                }
            }
        });
    }
}
