using System.Net;
using System.Text.Json;

namespace RagQa.Tests.EndToEnd;

/// <summary>Asserts that a response is an RFC 7807 problem with the expected status and stable code.</summary>
internal static class ProblemAssert
{
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
}
