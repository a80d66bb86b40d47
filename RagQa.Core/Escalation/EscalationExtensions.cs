using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using RagQa.Core.Answering;

namespace RagQa.Core.Escalation;

/// <summary>Registers the escalation store and the validated <see cref="EscalationOptions"/>.</summary>
public static class EscalationExtensions
{
    public static IHostApplicationBuilder AddRagQaEscalation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<CitationStore>();
        builder.Services.TryAddSingleton<EscalationStore>();
        return builder;
    }
}
