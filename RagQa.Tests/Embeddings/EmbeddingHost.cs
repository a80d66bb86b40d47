using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using RagQa.Core.Embeddings;

namespace RagQa.Tests.Embeddings;

/// <summary>A bare host with only the embeddings registered, configured from the given settings.</summary>
internal static class EmbeddingHost
{
    public static IHost Build(IDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddRagQaEmbeddings();
        return builder.Build();
    }
}
