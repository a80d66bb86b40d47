using Microsoft.AspNetCore.Http.HttpResults;
using RagQa.Api.Problems;
using RagQa.Core.Data;

namespace RagQa.Api.Model;

/// <summary>The <c>page</c> (from 1) and <c>page_size</c> (1–500, default 50) query parameters of a list route.</summary>
public sealed record PageRequest(int Page, int PageSize, int Offset)
{
    public const int MaxPageSize = 500;

    /// <returns>The request, or a validation problem for an out-of-range page (<see cref="PageBounds"/>).</returns>
    public static (PageRequest? Request, ProblemHttpResult? Problem) From(int? page, int? pageSize)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        return PageBounds.Check(number, size, MaxPageSize, out var offset) is { } error
            ? (null, ApiProblem.Validation(error))
            : (new PageRequest(number, size, offset), null);
    }
}
