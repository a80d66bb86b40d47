using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RagQa.Api.Auth;
using RagQa.Api.Model;
using RagQa.Api.OpenApi;
using RagQa.Api.Problems;
using RagQa.Core.Access;
using RagQa.Core.Audit;
using RagQa.Core.Data;
using RagQa.Core.Escalation;
using RagQa.Core.Guardrails;
using RagQa.Core.Query;
using RagQa.Core.RateLimiting;
using RagQa.Core.Text;

namespace RagQa.Api.Apis;

/// <summary>
/// Escalation to a human: the asker opens one with POST /query/{id}/escalate (the query worker opens one by itself for an
/// unsure or unvalidated answer; only the query's asker, or an agent or admin key, may escalate it); support agents list,
/// assign and resolve them with an agent (or admin) key.
/// </summary>
public static class EscalationsApi
{
    public const int MaxAssigneeLength = 200;
    public const int MaxResolutionLength = 4000;
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapEscalationsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/query/{id:guid}/escalate", Escalate).WithTags("Escalations").WithName("EscalateQuery").WithSummary("Escalate a query to a human")
            .RateLimitPerKeyOrAddress(RateLimitRoutes.Escalate)
            .ForQueryAsker()
            .WithRequestBodyLimit(RequestBodyLimits.Small)
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithDescription("Only for the query's asker (the key that asked, or the X-Query-Token header with an anonymous asker's access token); " +
                "agent and admin keys may escalate any query; 404 for anyone else. " +
                "Asks for a human to look at this query: 201 with the new escalation, or 200 with the one the query already has.");

        var group = app.MapGroup("/escalations").WithTags("Escalations").RequireApiKeyRole(ApiRoles.Agent).WithRequestBodyLimit(RequestBodyLimits.Small);
        group.MapGet("/", ListEscalations).WithName("ListEscalations").WithSummary("List escalations").ProducesProblems(StatusCodes.Status400BadRequest)
            .WithDescription("Requires an agent or admin key. Escalations, highest priority first, filtered by status and priority level (comma-separated lists), paged.");
        group.MapGet("/{id:guid}", GetEscalation).WithName("GetEscalation").WithSummary("Get an escalation").ProducesProblems(StatusCodes.Status404NotFound)
            .WithDescription("Requires an agent or admin key. One escalation with its query's question, answer, confidence and citations.");
        group.MapPost("/{id:guid}/assign", Assign).WithName("AssignEscalation").WithSummary("Assign an escalation")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge)
            .WithDescription("Requires an agent or admin key. Assigns an open escalation, or hands an assigned one over; 409 when resolved.");
        group.MapPost("/{id:guid}/resolve", Resolve).WithName("ResolveEscalation").WithSummary("Resolve an escalation")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge)
            .WithDescription("Requires an agent or admin key. Resolves an assigned escalation with the resolution the asker sees on GET /query/{id}; 409 otherwise.");
        return app;
    }

    public static async Task<Results<Created<QueryEscalation>, Ok<QueryEscalation>, ProblemHttpResult>> Escalate(
        Guid id, QueryStore queries, EscalationStore escalations, IAuditTrail audit, ApiKeyAuthenticator authenticator, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (await QueryAccessCheck.RefuseAsync(http, authenticator, queries, id, cancellationToken) is { } refused) return refused;
        var query = await queries.GetAsync(id, cancellationToken);
        if (query is null) return ApiProblem.NotFound("query", id);
        if (query.Escalation is { } existing) return TypedResults.Ok(existing);

        var priority = EscalationPriority.Score(query.Confidence, EscalationReason.UserRequest, query.Question);
        var opened = await escalations.CreateAsync(
            new NewEscalation(id, EscalationReason.UserRequest, EscalationSource.User, query.Confidence, priority), cancellationToken);
        if (!opened.Created) return TypedResults.Ok(opened.Escalation);
        await audit.RecordOpenedAsync(opened.Escalation, ApiKeyAuthenticator.ActorOf(http), cancellationToken);
        return TypedResults.Created($"/escalations/{opened.Escalation.EscalationId}", opened.Escalation);
    }

    public static async Task<Results<Ok<EscalationPage>, ProblemHttpResult>> ListEscalations(
        EscalationStore escalations, string? status, string? priority, int? page, [FromQuery(Name = "page_size")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? DefaultPageSize);
        if (PageBounds.Check(number, size, MaxPageSize, out _) is { } pageError) return ApiProblem.Validation(pageError);
        if (ParseList(status, EnumText.All<EscalationStatus>(), "status", out var statuses) is { } statusError) return ApiProblem.Validation(statusError);
        if (ParseList(priority, EscalationPriority.Levels, "priority", out var levels) is { } levelError) return ApiProblem.Validation(levelError);
        var filter = new EscalationFilter(statuses.Select(EnumText.Parse<EscalationStatus>).ToList(), levels);
        return TypedResults.Ok(await escalations.ListAsync(filter, number, size, cancellationToken));
    }

    public static async Task<Results<Ok<EscalationView>, ProblemHttpResult>> GetEscalation(Guid id, EscalationStore escalations, CancellationToken cancellationToken) =>
        await escalations.GetAsync(id, cancellationToken) is { } view ? TypedResults.Ok(view) : ApiProblem.NotFound("escalation", id);

    public static Task<Results<Ok<EscalationView>, ProblemHttpResult>> Assign(
        Guid id, AssignRequest request, EscalationStore escalations, PiiRedactor redactor, IAuditTrail audit, HttpContext http,
        CancellationToken cancellationToken) =>
        TransitionAsync(id, EscalationAction.Assign, request.Assignee, "assignee", MaxAssigneeLength, escalations, redactor, audit, http, cancellationToken);

    public static Task<Results<Ok<EscalationView>, ProblemHttpResult>> Resolve(
        Guid id, ResolveRequest request, EscalationStore escalations, PiiRedactor redactor, IAuditTrail audit, HttpContext http,
        CancellationToken cancellationToken) =>
        TransitionAsync(id, EscalationAction.Resolve, request.Resolution, "resolution", MaxResolutionLength, escalations, redactor, audit, http, cancellationToken);

    /// <summary>
    /// Validates the field, redacts personal data from it (the resolution is shown to anyone holding the query id), and
    /// applies the transition: 404 unknown id, 409 when the state machine does not allow it.
    /// </summary>
    private static async Task<Results<Ok<EscalationView>, ProblemHttpResult>> TransitionAsync(
        Guid id, EscalationAction action, string? value, string field, int maxLength, EscalationStore escalations, PiiRedactor redactor,
        IAuditTrail audit, HttpContext http, CancellationToken cancellationToken)
    {
        if (QueryInputRules.CheckText(value, field, maxLength) is { } error) return ApiProblem.Validation(error);
        var result = await escalations.ApplyAsync(id, action, redactor.Redact(value!.Trim()).Text, cancellationToken);
        if (result is { Outcome: TransitionOutcome.Applied, Escalation: { } applied })
        {
            await audit.RecordTransitionAsync(action, applied, ApiKeyAuthenticator.ActorOf(http), cancellationToken);
        }
        return result.Outcome switch
        {
            TransitionOutcome.Applied when result.Escalation is { } view => TypedResults.Ok(view),
            TransitionOutcome.Invalid => ApiProblem.Create(StatusCodes.Status409Conflict, ProblemCodes.InvalidTransition,
                "The escalation cannot make this transition.",
                $"The escalation is {EnumText.Of(result.CurrentStatus!.Value)}; {EnumText.Of(action)} is allowed only when it is " +
                string.Join(" or ", EscalationStateMachine.AllowedFrom(action).Select(EnumText.Of)) + "."),
            _ => ApiProblem.NotFound("escalation", id),
        };
    }

    /// <summary>A comma-separated filter whose every value must be one of <paramref name="allowed"/>; returns an error or null.</summary>
    private static string? ParseList(string? text, IReadOnlyList<string> allowed, string name, out IReadOnlyList<string> values)
    {
        values = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => v.ToLowerInvariant()).Distinct().ToList();
        var unknown = values.FirstOrDefault(v => !allowed.Contains(v));
        return unknown is null ? null : $"'{name}' takes {string.Join(", ", allowed)} (comma-separated), not '{unknown}'.";
    }
}
