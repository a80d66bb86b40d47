using Microsoft.AspNetCore.Http.HttpResults;
using RagQa.Core.Query;

namespace RagQa.Api.Problems;

/// <summary>Builds problem+json results that always carry a stable <c>code</c>.</summary>
public static class ApiProblem
{
    public static ProblemHttpResult Create(int status, string code, string title, string? detail = null) =>
        TypedResults.Problem(
            statusCode: status,
            title: title,
            detail: detail,
            type: TypeUri(code),
            extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>Where the code is explained (docs/api.md, one heading per code).</summary>
    public static string TypeUri(string code) => "https://github.com/ragqa/ragqa/blob/main/docs/api.md#" + code.Replace('_', '-');

    public static ProblemHttpResult Validation(string detail) =>
        Create(StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed, "The request is not valid.", detail);

    public static ProblemHttpResult UnknownCollection(string? name) =>
        Create(StatusCodes.Status400BadRequest, ProblemCodes.UnknownCollection, "Unknown collection.", $"The collection '{name}' does not exist.");

    /// <summary>The problem for a question <see cref="QuestionIntake"/> did not accept.</summary>
    public static ProblemHttpResult QuestionRejected(QuestionRejectedException rejected, string? collection) => rejected.Reason switch
    {
        QuestionRejection.UnknownCollection => UnknownCollection(collection),
        QuestionRejection.PromptInjection => Create(StatusCodes.Status400BadRequest, ProblemCodes.PromptInjection, rejected.Message,
            "Ask about what the reviews say; instructions to the assistant are not accepted."),
        _ => Validation(rejected.Message),
    };

    public static ProblemHttpResult NotFound(string what, Guid id) =>
        Create(StatusCodes.Status404NotFound, ProblemCodes.NotFound, $"Unknown {what}.", $"No {what} has the id {id}.");
}
