using System.Diagnostics.Metrics;

namespace RagQa.Api.Observability;

/// <summary>
/// The "RagQa.Api" meter: every request by route template, method and status (<c>ragqa.api.requests</c>) and every
/// error response by its problem <c>code</c> (<c>ragqa.api.errors</c>), the stable code clients branch on.
/// </summary>
public sealed class ApiMetrics
{
    public const string MeterName = "RagQa.Api";

    /// <summary>Where a problem's <c>code</c> is left for <see cref="ApiRequestMetrics"/> once the response is written.</summary>
    public const string ProblemCodeItem = "ragqa.problem_code";

    private readonly Counter<long> _requests;
    private readonly Counter<long> _errors;

    public ApiMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>("ragqa.api.requests", "{request}", "API requests, by route template, method and status code.");
        _errors = meter.CreateCounter<long>("ragqa.api.errors", "{request}", "API responses with status 400 or above, by route template, status code and problem code.");
    }

    public void Request(string route, string method, int statusCode, string? problemCode)
    {
        var routeTag = new KeyValuePair<string, object?>("route", route);
        var status = new KeyValuePair<string, object?>("status_code", statusCode);
        _requests.Add(1, routeTag, new("method", method), status);
        if (statusCode >= StatusCodes.Status400BadRequest)
        {
            _errors.Add(1, routeTag, status, new("code", problemCode ?? Problems.ProblemCodes.ForStatus(statusCode)));
        }
    }
}
