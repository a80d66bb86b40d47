namespace RagQa.Core.Documents;

/// <summary>A request named a knowledge-base collection that does not exist.</summary>
public sealed class UnknownCollectionException(string collection)
    : Exception($"The collection '{collection}' does not exist.")
{
    public string Collection { get; } = collection;
}
