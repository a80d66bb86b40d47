namespace RagQa.Api.Problems;

/// <summary>The stable <c>code</c> values of RFC 7807 problem responses; clients branch on these, not on titles.</summary>
public static class ProblemCodes
{
    public const string InvalidRequest = "invalid_request";
    public const string ValidationFailed = "validation_failed";
    public const string UnknownCollection = "unknown_collection";
    public const string NotFound = "not_found";
    public const string MissingApiKey = "missing_api_key";
    public const string InvalidApiKey = "invalid_api_key";
    public const string RevokedApiKey = "revoked_api_key";
    public const string InsufficientRole = "insufficient_role";
    public const string RequestTooLarge = "request_too_large";
    public const string MalformedMultipart = "malformed_multipart";
    public const string RateLimited = "rate_limited";
    public const string MissingFile = "missing_file";
    public const string EmptyFile = "empty_file";
    public const string UploadTooLarge = "upload_too_large";
    public const string UploadTimeout = "upload_timeout";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string PromptInjection = "prompt_injection";
    public const string InvalidTransition = "invalid_transition";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string BrokerUnavailable = "broker_unavailable";
    public const string InternalError = "internal_error";

    /// <summary>Every code, by the HTTP status it comes with (the OpenAPI document lists them per response).</summary>
    public static readonly IReadOnlyDictionary<int, IReadOnlyList<string>> ByStatus = new Dictionary<int, IReadOnlyList<string>>
    {
        [StatusCodes.Status400BadRequest] = [InvalidRequest, ValidationFailed, UnknownCollection, MissingFile, EmptyFile, PromptInjection, MalformedMultipart],
        [StatusCodes.Status401Unauthorized] = [MissingApiKey],
        [StatusCodes.Status403Forbidden] = [InvalidApiKey, RevokedApiKey, InsufficientRole],
        [StatusCodes.Status404NotFound] = [NotFound],
        [StatusCodes.Status405MethodNotAllowed] = [MethodNotAllowed],
        [StatusCodes.Status408RequestTimeout] = [UploadTimeout],
        [StatusCodes.Status409Conflict] = [InvalidTransition],
        [StatusCodes.Status413PayloadTooLarge] = [UploadTooLarge, RequestTooLarge],
        [StatusCodes.Status415UnsupportedMediaType] = [UnsupportedMediaType],
        [StatusCodes.Status429TooManyRequests] = [RateLimited],
        [StatusCodes.Status500InternalServerError] = [InternalError],
        [StatusCodes.Status503ServiceUnavailable] = [BrokerUnavailable],
    };

    /// <summary>The code of a problem the framework raised by status alone.</summary>
    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => InvalidRequest,
        StatusCodes.Status401Unauthorized => MissingApiKey,
        StatusCodes.Status403Forbidden => InvalidApiKey,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status408RequestTimeout => UploadTimeout,
        StatusCodes.Status413PayloadTooLarge => RequestTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => RateLimited,
        _ => InternalError,
    };
}
