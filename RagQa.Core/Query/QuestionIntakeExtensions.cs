using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using RagQa.Core.Answering;
using RagQa.Core.Audit;
using RagQa.Core.Collections;
using RagQa.Core.Guardrails;

namespace RagQa.Core.Query;

/// <summary>The API's side of the query path: screening a question, storing it and handing it to the workers.</summary>
public static class QuestionIntakeExtensions
{
    public static IHostApplicationBuilder AddQuestionIntake(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<QueryOptions>().BindConfiguration(QueryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.AddRagQaAuditTrail();
        builder.Services.TryAddSingleton(_ => PromptInjectionDetector.Default);
        builder.Services.TryAddSingleton<PromptInjectionMetrics>();
        builder.Services.TryAddSingleton<CollectionStore>();
        builder.Services.TryAddSingleton<CitationStore>();
        builder.Services.TryAddSingleton<QueryStore>();
        builder.Services.AddSingleton<QuestionScreening>();
        builder.Services.AddSingleton<QuestionIntake>();
        return builder;
    }
}
