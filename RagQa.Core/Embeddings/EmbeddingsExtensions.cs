using Microsoft.Extensions.Hosting;

namespace RagQa.Core.Embeddings;

/// <summary>PLACEHOLDER until the embeddings branch lands.</summary>
public static class EmbeddingsExtensions
{
    public static IHostApplicationBuilder AddRagQaEmbeddings(this IHostApplicationBuilder builder) => throw new NotImplementedException();
}
