namespace RagQa.Tests.EndToEnd;

/// <summary>
/// The application configured for bulk ingestion tests: the zero-dependency hashing embedder (these tests
/// are about the pipeline's streaming, idempotence and crash safety, not the model, and a 50 MB upload would
/// take the neural model most of an hour here), a 64 MiB upload limit, and no first-start seed.
/// </summary>
public sealed class BulkIngestionAppHostFixture() : AppHostFixture("apphost-bulk-ingestion")
{
    public const long MaxUploadBytes = 64L * 1024 * 1024;

    protected override IEnumerable<string> ExtraArguments =>
    [
        "--Embeddings:Provider", "hashing",
        "--Ingestion:MaxUploadBytes", MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--Seed:Enabled", "false",
    ];
}
