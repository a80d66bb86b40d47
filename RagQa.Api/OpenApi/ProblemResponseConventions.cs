using Microsoft.AspNetCore.Mvc;

namespace RagQa.Api.OpenApi;

/// <summary>Declares the RFC 7807 problem responses a route can return, for the OpenAPI document (the handlers return them as <c>ProblemHttpResult</c>, which carries no status).</summary>
public static class ProblemResponseConventions
{
    public const string ProblemJson = "application/problem+json";

    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statuses) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), [ProblemJson]));
        }
        return builder;
    }
}
