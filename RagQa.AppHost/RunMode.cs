namespace RagQa.AppHost;

/// <summary>How the AppHost provides the backing services (Postgres, RabbitMQ, Redis, the vector store).</summary>
public enum RunMode
{
    /// <summary>The stock Aspire containers and a Qdrant container; also what published manifests describe.</summary>
    Container,

    /// <summary>The Debian-packaged servers as local processes and the embedded vector store: no container engine needed.</summary>
    Local,
}
