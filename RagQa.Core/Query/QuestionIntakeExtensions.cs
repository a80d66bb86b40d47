using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;
using RagQa.Core.Audit;
using RagQa.Core.Caching;
using RagQa.Core.Collections;
using RagQa.Core.Escalation;
using RagQa.Core.Guardrails;

namespace RagQa.Core.Query;

/// <summary>The API's side of the query path: screening a question, answering an exact repeat from the cache, else storing it and handing it to the workers.</summary>
public static class QuestionIntakeExtensions
{
    public static IHostApplicationBuilder AddQuestionIntake(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<QueryOptions>().BindConfiguration(QueryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.AddRagQaAuditTrail();
        builder.AddRagQaAnswerCache();
        builder.AddRagQaEscalation();
        builder.Services.TryAddSingleton(_ => PromptInjectionDetector.Default);
        // The shared question reader, registered as an instance so that no container disposes it.
        builder.Services.TryAddSingleton(SecondReader.Default);
        builder.Services.TryAddSingleton<PromptInjectionMetrics>();
        builder.Services.TryAddSingleton<CollectionStore>();
        builder.Services.TryAddSingleton<CitationStore>();
        builder.Services.TryAddSingleton<QueryStore>();
        builder.Services.AddSingleton<QuestionScreening>();
        builder.Services.TryAddSingleton<QueryMetrics>();
        builder.Services.TryAddSingleton<AutomaticEscalation>();
        builder.Services.AddSingleton<ExactRepeatAnswers>();
        builder.Services.AddSingleton<QuestionIntake>();
        return builder;
    }
}
