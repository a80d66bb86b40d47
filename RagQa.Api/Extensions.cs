using System.Text.Json;
using RagQa.Api.Auth;
using RagQa.Api.Observability;
using RagQa.Api.OpenApi;
using RagQa.Api.Problems;
using RagQa.Api.RateLimiting;
using RagQa.Api.Startup;
using RagQa.Core;
using RagQa.Core.Access;
using RagQa.Core.Audit;
using RagQa.Core.Data;
using RagQa.Core.Documents;
using RagQa.Core.Escalation;
using RagQa.Core.Ingestion;
using RagQa.Core.Messaging;
using RagQa.Core.Query;
using RagQa.Core.RateLimiting;
using RagQa.Core.Retrieval;
using RagQa.ServiceDefaults.Health;

namespace RagQa.Api;

internal static class Extensions
{
    /// <summary>Everything the API registers beyond the service defaults.</summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddRagQaCore();
        builder.AddRagQaRedis();
        builder.AddQuestionIntake();
        builder.AddDocumentIntake();
        builder.AddRagQaRetrieval();
        builder.AddRagQaEscalation();
        builder.AddRagQaAuditTrail();
        builder.Services.AddDatabaseMigrator(builder.Configuration);
        builder.Services.AddSingleton<ApiKeyStore>();
        builder.Services.AddSingleton<AuditStore>();
        // Problems the framework writes itself (415 from content negotiation, 404 for unknown routes, 500)
        // get a stable code too, so every error a client sees carries one.
        // The code is also left on the request for the error metrics (ApiRequestMetrics).
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.TryAdd("code", ProblemCodes.ForStatus(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode));
            context.HttpContext.Items[ApiMetrics.ProblemCodeItem] = context.ProblemDetails.Extensions["code"]?.ToString();
        });
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddApiContract();
        // Malformed JSON and wrong types become BadHttpRequestException, which ApiExceptionHandler turns into a 400 problem.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            // Metadata keys are data (e.g. review_score), not property names: keep them as stored.
            options.SerializerOptions.DictionaryKeyPolicy = null;
        });

        builder.Services.AddOptions<AdminApiKeyOptions>().BindConfiguration(AdminApiKeyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        builder.Services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ApiKeyAuthenticator>();
        builder.Services.AddApiKeyAuthorization();
        builder.Services.AddSingleton<RedisRateLimiter>();
        builder.Services.AddSingleton<RateLimitFilter>();
        // The API consumes the audit queue: it always runs (workers may be scaled to zero on their own queue's depth).
        builder.Services.AddMessageHandler<AuditEvent, AuditEventHandler>(QueueNames.Audit);
        builder.Services.AddSingleton<DatabaseReadiness>();
        builder.Services.AddSingleton<ApiMetrics>();
        builder.Services.AddHostedService<DocumentStatusMetrics>();
        builder.Services.AddHostedService<DatabaseMigrationService>();
        builder.Services.AddHostedService<OlistSampleSeeder>();
        // The api cannot serve before its schema is migrated: a readiness check, not a dependency.
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadinessCheck>("database-migrated", tags: [HealthTags.Ready]);
        builder.Services.DescribeOnlyWhenGeneratingAtBuild();
    }
}
