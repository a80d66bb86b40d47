using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using RagQa.Core.Answering;

namespace RagQa.Core.Analytics.Tools;

/// <summary>Registers the chat model's analysis tools when <c>Answers:Provider</c> names a model; without one nothing is registered.</summary>
public static class AnalysisToolsExtensions
{
    public static IHostApplicationBuilder AddAnalysisTools(this IHostApplicationBuilder builder)
    {
        if (AnsweringExtensions.UsesChatModel(builder.Configuration)) builder.Services.TryAddSingleton<AnalysisToolAnswerer>();
        return builder;
    }
}
