using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RagQa.Core.Caching;

/// <summary>
/// Registers the <see cref="SemanticAnswerCache"/> and its validated <see cref="CacheOptions"/>; Redis comes from the
/// Aspire <c>redis</c> connection (<c>AddRagQaRedis</c>). Calling it twice is harmless.
/// </summary>
public static class AnswerCacheExtensions
{
    public static IHostApplicationBuilder AddRagQaAnswerCache(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(SemanticAnswerCache))) return builder;
        builder.Services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<SemanticAnswerCache>();
        return builder;
    }
}
