namespace RagQa.Core.Collections;

/// <summary>A knowledge-base collection with what it holds.</summary>
public sealed record CollectionSummary(string Name, string Description, bool IsSystem, long Documents, long DocumentsIndexed, long Chunks)
{
    /// <summary><c>public</c> or <c>private</c> (<see cref="CollectionAccess"/>).</summary>
    public string Visibility { get; init; } = CollectionAccess.Public;
}
