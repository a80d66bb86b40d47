using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using RagQa.Core.Guardrails;

namespace RagQa.Core.Audit;

/// <summary>Registers <see cref="IAuditTrail"/> (publishing to the audit queue) and the PII redactor it cleans details with. Calling it twice is harmless.</summary>
public static class AuditTrailExtensions
{
    public static IHostApplicationBuilder AddRagQaAuditTrail(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(PiiRedactor.Default);
        builder.Services.TryAddSingleton<IAuditTrail, AuditTrail>();
        return builder;
    }
}
