namespace RagQa.Core.Query;

/// <summary>
/// Runs the query steps in their registered order (<see cref="QueryPipelineExtensions.AddQueryPipeline"/> is the
/// list) over one question, after the pattern of kernel-memory's ingestion pipeline: the order is data, each step
/// small and tested alone. It also records how long each question took and how it ended (<see cref="QueryMetrics"/>),
/// failed attempts included.
/// </summary>
public sealed class QueryPipeline(IEnumerable<IQueryStep> steps, QueryMetrics metrics, TimeProvider time)
{
    private readonly IReadOnlyList<IQueryStep> _steps = steps.ToList();

    public IReadOnlyList<IQueryStep> Steps => _steps;

    public async Task RunAsync(QueryContext context, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var step in _steps) await step.InvokeAsync(context, cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.RecordFailure(time.GetElapsedTime(context.StartedTimestamp));
            throw;
        }
        metrics.Record(context.Answer!, context.Confidence, time.GetElapsedTime(context.StartedTimestamp));
    }
}
