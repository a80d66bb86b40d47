using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RagQa.Core.Text;

namespace RagQa.Core.Embeddings;

/// <summary>
/// Registers the embedding generator chosen by the <c>Embeddings</c> section, and its <see cref="EmbeddingModelInfo"/>.
/// Calling it twice is harmless (the api's search and uploads both ask for it).
/// </summary>
public static class EmbeddingsExtensions
{
    public static IHostApplicationBuilder AddRagQaEmbeddings(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(EmbeddingModelInfo))) return builder;
        builder.Services.AddOptions<EmbeddingOptions>()
            .CheckEnumSetting<EmbeddingOptions, EmbeddingProvider>($"{EmbeddingOptions.Section}:{nameof(EmbeddingOptions.Provider)}")
            .BindConfiguration(EmbeddingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmbeddingOptions>, EmbeddingOptionsValidator>());
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<EmbeddingMetrics>();
        builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(services =>
        {
            var options = services.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
            var generator = EmbeddingGeneratorFactory.Create(options, services.GetRequiredService<EmbeddingMetrics>());
            var model = generator.GetService<EmbeddingModelInfo>()!;
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EmbeddingsExtensions))
                .LogInformation("Embeddings from provider {Provider}, model {ModelId}, {Dimensions} dimensions",
                    EnumText.Of(options.Provider), model.ModelId, model.Dimensions);
            return generator;
        });
        builder.Services.AddSingleton(services =>
            services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().GetService<EmbeddingModelInfo>()!);
        return builder;
    }
}
