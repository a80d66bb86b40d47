using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using RagQa.Core.Documents;
using RagQa.Core.Messaging;

namespace RagQa.Api.Problems;

/// <summary>
/// Turns the exceptions that mean "bad input" into 4xx problems with a stable code, and a broker that did not take
/// a message into 503 <c>broker_unavailable</c> with Retry-After; anything else stays a 500 with no internals in the body.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>About how long a restarted broker takes to accept connections again, and the client library to reconnect.</summary>
    public const int BrokerRetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, title, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } e =>
                (StatusCodes.Status413PayloadTooLarge, ProblemCodes.RequestTooLarge, "The request body is too large.", e.Message),
            // Kestrel's minimum body data rate (Ingestion:MinUploadBytesPerSecond on uploads): the client sent too slowly.
            BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout } e =>
                (StatusCodes.Status408RequestTimeout, ProblemCodes.UploadTimeout, "The request body arrived too slowly.", e.Message),
            // Wrong JSON types and unreadable bodies: the message names the offending property, never a stack.
            BadHttpRequestException e => (StatusCodes.Status400BadRequest, ProblemCodes.InvalidRequest, "The request body could not be read.",
                e.InnerException?.Message ?? e.Message),
            UnknownCollectionException e => (StatusCodes.Status400BadRequest, ProblemCodes.UnknownCollection, "Unknown collection.", e.Message),
            UploadTooLargeException e => (StatusCodes.Status413PayloadTooLarge, ProblemCodes.UploadTooLarge, "The upload is too large.", e.Message),
            EmptyUploadException e => (StatusCodes.Status400BadRequest, ProblemCodes.EmptyFile, "The uploaded file is empty.", e.Message),
            BrokerUnavailableException => (StatusCodes.Status503ServiceUnavailable, ProblemCodes.BrokerUnavailable,
                "The request could not be queued: the message broker is unavailable.",
                $"Nothing was lost; send the same request again after {BrokerRetryAfterSeconds} seconds."),
            _ => (0, "", "", ""),
        };
        if (status == 0) return false;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = BrokerRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        logger.LogInformation("Rejected {Method} {Path}: {ProblemCode}", httpContext.Request.Method, httpContext.Request.Path, code);
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = title,
                Detail = detail,
                Type = ApiProblem.TypeUri(code),
                Extensions = { ["code"] = code },
            },
        });
    }
}
