using Microsoft.AspNetCore.Http.HttpResults;
using RagQa.Api.Problems;

namespace RagQa.Api.Model;

/// <summary>The <c>page</c> (from 1) and <c>page_size</c> (1–500, default 50) query parameters of a list route.</summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int MaxPageSize = 500;

    public int Offset => (Page - 1) * PageSize;

    /// <returns>The request, or a validation problem for an out-of-range page.</returns>
    public static (PageRequest? Request, ProblemHttpResult? Problem) From(int? page, int? pageSize)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        return number < 1 || size is < 1 or > MaxPageSize
            ? (null, ApiProblem.Validation($"'page' starts at 1 and 'page_size' is between 1 and {MaxPageSize}."))
            : (new PageRequest(number, size), null);
    }
}
