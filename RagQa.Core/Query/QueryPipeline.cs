namespace RagQa.Core.Query;

/// <summary>
/// Runs the query steps in their registered order (<see cref="QueryPipelineExtensions.AddQueryPipeline"/> is the
/// list) over one question, after the pattern of kernel-memory's ingestion pipeline: the order is data, each step
/// small and tested alone.
/// </summary>
public sealed class QueryPipeline(IEnumerable<IQueryStep> steps)
{
    private readonly IReadOnlyList<IQueryStep> _steps = steps.ToList();

    public IReadOnlyList<IQueryStep> Steps => _steps;

    public async Task RunAsync(QueryContext context, CancellationToken cancellationToken)
    {
        foreach (var step in _steps) await step.InvokeAsync(context, cancellationToken);
    }
}
