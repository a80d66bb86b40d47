using RagQa.AppHost;

// RagQa: an API and three queue workers over Postgres, RabbitMQ, Redis and a vector store.
// The backing services are containers when a container engine answers, else the Debian servers run as
// local processes (RagQa:Mode forces either); the services get the same connection names both ways, and log in
// the same least-privileged way: the database's application role, the broker's ragqa user on vhost ragqa.
var builder = DistributedApplication.CreateBuilder(args);
var mode = builder.ResolveRunMode();
var repo = RepositoryLayout.Locate(builder);
var adminApiKey = builder.AddSavedSecret("admin-api-key", repo, environmentVariable: "RAGQA_ADMIN_API_KEY");

IResourceBuilder<IResourceWithConnectionString> ragqa = mode is RunMode.Container
    ? builder.AddPostgres("postgres").WithDataVolume().AddDatabaseWithRoles("ragqa", repo)
    : builder.AddLocalPostgres("postgres", repo).AddDatabase("ragqa");
IResourceBuilder<IResourceWithConnectionString> rabbitmq = mode is RunMode.Container
    ? builder.AddRabbitMQWithVirtualHost("rabbitmq", repo)
    : builder.AddLocalRabbitMQ("rabbitmq", repo);
IResourceBuilder<IResourceWithConnectionString> redis = mode is RunMode.Container
    ? builder.AddRedis("redis").WithDataVolume()
    : builder.AddLocalRedis("redis", repo);
var qdrant = mode is RunMode.Container ? builder.AddQdrant("qdrant").WithDataVolume() : null;

// The AppHost owns every endpoint (no launch profiles). Each project references exactly the services it uses and
// gets only the settings it reads. The api migrates the database at start-up and reports healthy only afterwards,
// with its database, broker and Redis up: the workers wait for it alone.
var api = builder.AddProject<Projects.RagQa_Api>("api", launchProfileName: null)
    .WithHttpEndpoint(port: builder.ApiPort())
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    .WithReference(ragqa).WaitFor(ragqa)
    .WithSchemaOwner(ragqa)
    .WithReference(rabbitmq).WaitFor(rabbitmq)
    .WithReference(redis).WaitFor(redis)
    .WithVectorStore(qdrant)
    .WithEnvironment("Auth__AdminApiKey", adminApiKey)
    .WithOlistSampleSeed(repo)
    .WithoutDebianLexiconsWhenPublished()
    .WithForwardedSettings("Embeddings", "Ingestion", "Query", "Messaging", "Cache", "Seed", "RateLimiting");

var queryWorker = builder.AddProject<Projects.RagQa_QueryWorker>("queryworker", launchProfileName: null)
    .WithHttpEndpoint()
    .WithHttpHealthCheck("/health")
    .WithReference(ragqa)
    .WithReference(rabbitmq)
    .WithReference(redis)
    .WithVectorStore(qdrant)
    .WithConsumerConcurrencyPerCore(2) // a question mostly waits on Postgres, Redis and the broker
    .WithoutDebianLexiconsWhenPublished()
    .WithForwardedSettings("Embeddings", "Answers", "Query", "Messaging", "Cache", "Escalation")
    .WaitFor(api);

var ingestWorker = builder.AddProject<Projects.RagQa_IngestWorker>("ingestworker", launchProfileName: null)
    .WithHttpEndpoint()
    .WithHttpHealthCheck("/health")
    .WithReference(ragqa)
    .WithReference(rabbitmq)
    .WithForwardedSettings("Ingestion", "Messaging")
    .WaitFor(api);

var embedWorker = builder.AddProject<Projects.RagQa_EmbedWorker>("embedworker", launchProfileName: null)
    .WithHttpEndpoint()
    .WithHttpHealthCheck("/health")
    .WithReference(ragqa)
    .WithReference(rabbitmq)
    .WithReference(redis)
    .WithVectorStore(qdrant)
    .WithConsumerConcurrencyPerCore(1) // one batch's vector upsert and ledger overlap the next batch's model call
    .WithoutDebianLexiconsWhenPublished()
    .WithForwardedSettings("Embeddings", "Messaging", "Cache")
    .WaitFor(api);

// Local mode also runs the Debian Prometheus with the alert rules of monitoring/prometheus, scraping every
// service's /metrics and the broker's Prometheus plugin (containers and Kubernetes bring their own Prometheus).
if (mode is RunMode.Local)
{
    builder.AddLocalPrometheus("prometheus", repo)
        .WithScrapeTargets("ragqa", api, queryWorker, ingestWorker, embedWorker)
        .WithBrokerMetrics(rabbitmq);
}

builder.Build().Run();
