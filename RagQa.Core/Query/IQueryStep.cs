namespace RagQa.Core.Query;

/// <summary>
/// One named step of the query pipeline (<see cref="QueryPipeline"/>). A step reads what the steps before it put
/// into the <see cref="QueryContext"/>, does one thing, and writes its result there; a step with nothing to do for
/// this question (e.g. retrieval once the cache answered) returns at once.
/// </summary>
public interface IQueryStep
{
    Task InvokeAsync(QueryContext context, CancellationToken cancellationToken);
}
