using System.Net;
using System.Text.Json;
using RagQa.Benchmarks.ApiClient;

namespace RagQa.Tests.EndToEnd;

/// <summary>Asserts that a response is an RFC 7807 problem with the expected status and stable code.</summary>
internal static class ProblemAssert
{
    /// <summary>A raw response (a request the generated client would not send, or one whose bytes the test reads).</summary>
    public static async Task IsAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var actual), body);
            Assert.Equal(code, actual.GetString());
        }
    }

    /// <summary>
    /// A call through the generated client that must fail with a problem the contract documents for that operation: the
    /// client throws <see cref="RagQaApiException{ProblemDetails}"/> only for a status the operation lists with the
    /// problem schema (anything else arrives as a plain <see cref="RagQaApiException"/>, and fails here).
    /// </summary>
    public static async Task<RagQaApiException<ProblemDetails>> ThrowsAsync(Func<Task> call, HttpStatusCode status, string code)
    {
        try
        {
            await call();
        }
        catch (RagQaApiException<ProblemDetails> problem)
        {
            Assert.True((int)status == problem.StatusCode, $"expected {(int)status} {code}, got {problem.StatusCode}: {problem.Response}");
            Assert.StartsWith("application/problem+json", problem.Header("Content-Type"));
            Assert.Equal(code, problem.ProblemCode);
            return problem;
        }
        catch (RagQaApiException other)
        {
            Assert.Fail($"expected {(int)status} {code}, got a response the contract does not document for this operation (status or body): {other.StatusCode} {other.Response}");
        }
        Assert.Fail($"expected {(int)status} {code}, but the call succeeded");
        return null!;
    }
}
