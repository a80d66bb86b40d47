using System.Diagnostics;

namespace RagQa.Core.Query;

/// <summary>The query worker's activity source: <c>process_query</c> and one span per step that does I/O or model work.</summary>
public static class QueryTracing
{
    public static readonly ActivitySource Source = new("RagQa.Query");
}
