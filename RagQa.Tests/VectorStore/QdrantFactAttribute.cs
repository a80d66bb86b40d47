namespace RagQa.Tests.VectorStore;

/// <summary>A fact that needs a real Qdrant: skipped, with the reason, unless RAGQA_TEST_QDRANT holds its connection string.</summary>
public sealed class QdrantFactAttribute : FactAttribute
{
    public const string Variable = "RAGQA_TEST_QDRANT";

    public QdrantFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString)) Skip = $"No Qdrant endpoint: set {Variable}=Endpoint=http://...:6334";
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);
}
