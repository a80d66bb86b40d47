using Microsoft.Extensions.Hosting;

namespace RagQa.Core.VectorStore;

/// <summary>PLACEHOLDER until the vector-store branch lands.</summary>
public static class VectorStoreExtensions
{
    public static IHostApplicationBuilder AddRagQaVectorStore(this IHostApplicationBuilder builder) => throw new NotImplementedException();
}
