using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using RagQa.Core.Analytics;
using RagQa.Core.Analytics.Tools;
using RagQa.Core.Answering;
using RagQa.Core.Audit;
using RagQa.Core.Caching;
using RagQa.Core.Escalation;
using RagQa.Core.Messaging;
using RagQa.Core.Query.Steps;
using RagQa.Core.Retrieval;

namespace RagQa.Core.Query;

/// <summary>
/// The query worker's pipeline: the steps, in the order they run, the handler that feeds it from the query queue, and
/// what the steps use (retrieval, answering, the answer cache in Redis, escalation, the audit trail), and the warm-up
/// that readies all of it before the first question.
/// </summary>
public static class QueryPipelineExtensions
{
    public static IHostApplicationBuilder AddQueryPipeline(this IHostApplicationBuilder builder)
    {
        builder.AddRagQaRetrieval();
        builder.AddRagQaAnswering();
        builder.AddRagQaAnswerCache();
        builder.AddRagQaEscalation();
        builder.AddRagQaAuditTrail();
        builder.Services.TryAddSingleton<CitationStore>();
        builder.Services.TryAddSingleton<QueryStore>();
        builder.Services.TryAddSingleton<QueryMetrics>();
        builder.Services.AddSingleton<AnswerCacheKeys>();
        builder.Services.AddSingleton<AnswerCacheLookup>();
        builder.Services.TryAddSingleton<AutomaticEscalation>();
        builder.Services.AddSingleton<ReviewAnalytics>();
        builder.AddAnalysisTools();
        AddSteps(builder.Services);
        // The default collection is what the warm-up retrieves from; it starts before the consumer, registered after it.
        builder.Services.AddOptions<QueryOptions>().BindConfiguration(QueryOptions.Section).ValidateDataAnnotations();
        builder.Services.AddHostedService<QueryWorkerWarmUp>();
        builder.Services.AddMessageHandler<ProcessQuery, ProcessQueryHandler>(QueueNames.Query);
        return builder;
    }

    /// <summary>
    /// The order is the pipeline: classify → out of scope? → cache by what is counted → analyse (with the chat model's
    /// tools when one is configured, else or when its answer is withheld from the parser's plan), count themes or retrieve
    /// → compose → validate → cross-check the reading → calibrate the confidence → the scope answer
    /// if the question is likelier not about the reviews than the answer right → cache → persist → escalate.
    /// </summary>
    public static IServiceCollection AddSteps(IServiceCollection services)
    {
        // The shared model, loaded once per process; registered as an instance so that no container disposes it.
        services.TryAddSingleton(SecondReader.Default);
        return services
            .AddSingleton<IQueryStep, ClassifyQuestionStep>()
            .AddSingleton<IQueryStep, AnswerOutOfScopeStep>()
            .AddSingleton<IQueryStep, LookUpAggregateAnswerStep>()
            .AddSingleton<IQueryStep, AnalyzeWithToolsStep>()
            .AddSingleton<IQueryStep, AnalyzeReviewsStep>()
            .AddSingleton<IQueryStep, CountReviewsStep>()
            .AddSingleton<IQueryStep, RetrieveStep>()
            .AddSingleton<IQueryStep, GenerateAnswerStep>()
            .AddSingleton<IQueryStep, ValidateAnswerStep>()
            .AddSingleton<IQueryStep, CrossCheckReadingStep>()
            .AddSingleton<IQueryStep, CalibrateConfidenceStep>()
            .AddSingleton<IQueryStep, PreferScopeAnswerStep>()
            .AddSingleton<IQueryStep, CacheAnswerStep>()
            .AddSingleton<IQueryStep, PersistAnswerStep>()
            .AddSingleton<IQueryStep, EscalateUnsureAnswerStep>()
            .AddSingleton<QueryPipeline>();
    }
}
