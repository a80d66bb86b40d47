namespace RagQa.Tests.EndToEnd;

/// <summary>Ingestion tests share one application with the bulk configuration.</summary>
[CollectionDefinition(Name)]
public sealed class BulkIngestionCollection : ICollectionFixture<BulkIngestionAppHostFixture>
{
    public const string Name = "bulk-ingestion";
}
