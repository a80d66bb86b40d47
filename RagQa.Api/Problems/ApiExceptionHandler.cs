using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using RagQa.Core.Documents;

namespace RagQa.Api.Problems;

/// <summary>
/// Turns the exceptions that mean "bad input" into 4xx problems with a stable code; anything else stays
/// a 500 with no internals in the body.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, title, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } e =>
                (StatusCodes.Status413PayloadTooLarge, ProblemCodes.UploadTooLarge, "The request body is too large.", e.Message),
            // Wrong JSON types and unreadable bodies: the message names the offending property, never a stack.
            BadHttpRequestException e => (StatusCodes.Status400BadRequest, ProblemCodes.InvalidRequest, "The request body could not be read.",
                e.InnerException?.Message ?? e.Message),
            UnknownCollectionException e => (StatusCodes.Status400BadRequest, ProblemCodes.UnknownCollection, "Unknown collection.", e.Message),
            UploadTooLargeException e => (StatusCodes.Status413PayloadTooLarge, ProblemCodes.UploadTooLarge, "The upload is too large.", e.Message),
            EmptyUploadException e => (StatusCodes.Status400BadRequest, ProblemCodes.EmptyFile, "The uploaded file is empty.", e.Message),
            _ => (0, "", "", ""),
        };
        if (status == 0) return false;

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
