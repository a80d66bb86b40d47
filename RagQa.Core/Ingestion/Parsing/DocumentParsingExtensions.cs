using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using RagQa.Core.Ingestion.Chunking;

namespace RagQa.Core.Ingestion.Parsing;

/// <summary>Registers the document parsers, their selector and the chunk splitter with its validated options.</summary>
public static class DocumentParsingExtensions
{
    public static IHostApplicationBuilder AddRagQaDocumentParsing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRagQaDocumentParsing();
        return builder;
    }

    public static IServiceCollection AddRagQaDocumentParsing(this IServiceCollection services)
    {
        services.AddOptions<ChunkingOptions>().BindConfiguration(ChunkingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ITokenCounter, MiniLmTokenCounter>();
        services.TryAddSingleton<RecursiveTextSplitter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentParser, CsvDocumentParser>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentParser, PlainTextParser>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentParser, MarkdownParser>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentParser, PdfDocumentParser>());
        services.TryAddSingleton<DocumentParsers>();
        return services;
    }
}
