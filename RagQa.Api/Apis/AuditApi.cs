using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RagQa.Api.Auth;
using RagQa.Api.Model;
using RagQa.Api.OpenApi;
using RagQa.Core.Access;
using RagQa.Core.Audit;
using RagQa.Core.Messaging;

namespace RagQa.Api.Apis;

/// <summary>GET /audit (admin keys only): the audit trail, newest first, filtered by action and subject.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/audit", ListEvents)
            .WithTags("Audit")
            .WithDescription("Requires an admin key. Audit events, newest first; filter by action, subject_type and subject_id.")
            .WithName("ListAuditEvents").WithSummary("List audit events")
            .ProducesProblems(StatusCodes.Status400BadRequest)
            .RequireApiKeyRole(ApiRoles.Admin);
        return app;
    }

    public static async Task<Results<Ok<ItemPage<AuditEvent>>, ProblemHttpResult>> ListEvents(
        AuditStore store, string? action, [FromQuery(Name = "subject_type")] string? subjectType, [FromQuery(Name = "subject_id")] string? subjectId, int? page, [FromQuery(Name = "page_size")] int? pageSize, CancellationToken cancellationToken)
    {
        var (paging, problem) = PageRequest.From(page, pageSize);
        if (paging is null) return problem!;
        var events = await store.ListAsync(action, subjectType, subjectId, paging.Offset, paging.PageSize, cancellationToken);
        return TypedResults.Ok(new ItemPage<AuditEvent>(events, paging.Page, paging.PageSize));
    }
}
