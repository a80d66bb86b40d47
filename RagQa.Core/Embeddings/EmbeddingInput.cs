using Microsoft.Extensions.AI;

namespace RagQa.Core.Embeddings;

/// <summary>How callers say which side of an asymmetric model (e5: "query: " / "passage: ") a text is on.</summary>
public static class EmbeddingInput
{
    /// <summary>Key in <see cref="EmbeddingGenerationOptions.AdditionalProperties"/>.</summary>
    public const string TypeProperty = "input_type";

    /// <summary>Marks the texts as queries; anything else is embedded as a passage.</summary>
    public const string Query = "query";

    /// <summary>Options that ask for the query form of the texts.</summary>
    public static EmbeddingGenerationOptions ForQueries() => new()
    {
        AdditionalProperties = new AdditionalPropertiesDictionary { [TypeProperty] = Query },
    };

    public static bool IsQuery(EmbeddingGenerationOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(TypeProperty, out var value) == true
        && string.Equals(value?.ToString(), Query, StringComparison.OrdinalIgnoreCase);
}
