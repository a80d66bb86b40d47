using Microsoft.Extensions.AI;

namespace RagQa.Core.Embeddings;

/// <summary>The <see cref="IEmbeddingGenerator.GetService"/> answer shared by the local generators: their metadata, model info, or themselves.</summary>
internal static class EmbeddingServiceLookup
{
    public static object? Resolve(object generator, Type serviceType, object? serviceKey, EmbeddingGeneratorMetadata metadata, EmbeddingModelInfo model)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null) return null;
        if (serviceType == typeof(EmbeddingGeneratorMetadata)) return metadata;
        if (serviceType == typeof(EmbeddingModelInfo)) return model;
        return serviceType.IsInstanceOfType(generator) ? generator : null;
    }
}
