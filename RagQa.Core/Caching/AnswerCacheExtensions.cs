using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RagQa.Core.Caching;

/// <summary>Registers the <see cref="SemanticAnswerCache"/> and its validated <see cref="CacheOptions"/>; Redis comes from the Aspire <c>redis</c> connection.</summary>
public static class AnswerCacheExtensions
{
    public static IHostApplicationBuilder AddRagQaAnswerCache(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<SemanticAnswerCache>();
        return builder;
    }
}
