using Microsoft.AspNetCore.Mvc;

namespace RagQa.Api.Apis;

/// <summary>
/// Request body limits per endpoint group (Kestrel's 30 MB default is far above any JSON body a route needs): routing
/// applies the endpoint's <see cref="RequestSizeLimitAttribute"/> before the body is read, and a larger body is 413
/// <c>request_too_large</c>.
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>Key, assignment and resolution bodies: a few fields of text.</summary>
    public const long Small = 16 * 1024;

    /// <summary>Questions and searches: the text (Query:MaxQuestionLength) and at most <c>QueryInputRules.MaxMetadataFilters</c> filters.</summary>
    public const long Query = 64 * 1024;

    public static TBuilder WithRequestBodyLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestSizeLimitAttribute(bytes));
}
