namespace RagQa.Tests.Infrastructure;

/// <summary>All integration tests share one set of servers: RabbitMQ alone takes ~20 s to start.</summary>
[CollectionDefinition(Name)]
public sealed class LocalServersCollection : ICollectionFixture<LocalServers>
{
    public const string Name = "local servers";
}
