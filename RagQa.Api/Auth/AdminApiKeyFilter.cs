using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using RagQa.Api.Problems;

namespace RagQa.Api.Auth;

/// <summary>
/// Guards admin endpoints with the <c>X-Api-Key</c> header: 401 without a key, 403 with a wrong one.
/// Only the key's SHA-256 is kept in memory, and hashes are compared in constant time so response
/// timing says nothing about how much of a guess was right.
/// </summary>
public sealed class AdminApiKeyFilter(IOptions<AdminApiKeyOptions> options, ILogger<AdminApiKeyFilter> logger) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    private readonly byte[] _expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.AdminApiKey));

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var presented = http.Request.Headers[HeaderName].ToString();
        if (presented.Length == 0)
        {
            logger.LogWarning("Admin request {Method} {Path} without an API key", http.Request.Method, http.Request.Path);
            return ApiProblem.Create(StatusCodes.Status401Unauthorized, ProblemCodes.MissingApiKey,
                "An API key is required.", $"Send the admin key in the {HeaderName} header.");
        }
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), _expectedHash))
        {
            logger.LogWarning("Admin request {Method} {Path} with a wrong API key", http.Request.Method, http.Request.Path);
            return ApiProblem.Create(StatusCodes.Status403Forbidden, ProblemCodes.InvalidApiKey, "The API key is not valid.");
        }
        return await next(context);
    }
}
