using System.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace RagQa.Api.OpenApi;

public static class OpenApiExtensions
{
    /// <summary>
    /// True while Microsoft.Extensions.ApiDescription.Server writes the document at build: it runs the app's entry point
    /// in its own process, GetDocument.Insider.
    /// </summary>
    public static bool IsGeneratingDocumentAtBuild => Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";

    /// <summary>The OpenAPI document (/openapi/v1.json, committed as contracts/openapi.json) with what clients need beyond the routes.</summary>
    public static IServiceCollection AddApiContract(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer<ContractDescription>();
        options.AddDocumentTransformer<ApiKeySecurity>();
        options.AddOperationTransformer<ApiKeySecurity>();
        options.AddOperationTransformer<ProblemResponses>();
        options.AddOperationTransformer<RequestExamples>();
        options.AddSchemaTransformer<ProblemResponses>();
        options.AddSchemaTransformer<ContractSchemas>();
    });

    /// <summary>
    /// At build the app is only described, never started: there is no broker, database or admin key to start against,
    /// so hosted services and start-up validation are left out.
    /// </summary>
    public static void DescribeOnlyWhenGeneratingAtBuild(this IServiceCollection services)
    {
        if (!IsGeneratingDocumentAtBuild) return;
        services.RemoveAll<IHostedService>();
        services.RemoveAll<IStartupValidator>();
    }
}
