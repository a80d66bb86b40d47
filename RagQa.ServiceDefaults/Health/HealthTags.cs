namespace RagQa.ServiceDefaults.Health;

/// <summary>
/// What a health check says about the process. <see cref="Live"/>: the process runs (/alive, liveness).
/// <see cref="Ready"/>: the process itself can serve (e.g. the schema is migrated); failing it takes the pod out of
/// its Service. Any other check is a dependency (Redis, Qdrant, RabbitMQ, Postgres): a failure degrades /health
/// without taking the pod out, because the process still serves what does not need it, and every pod would
/// otherwise drop out together on one dependency's blip.
/// </summary>
public static class HealthTags
{
    public const string Live = "live";
    public const string Ready = "ready";
}
