namespace RagQa.Core.VectorStore;

/// <summary>Which vector store the services use, section <c>VectorStore</c>.</summary>
public sealed class VectorStoreOptions
{
    public const string Section = "VectorStore";

    public VectorStoreProvider Provider { get; set; } = VectorStoreProvider.Embedded;
}
