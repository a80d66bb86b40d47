using System.ComponentModel.DataAnnotations;
namespace RagQa.Core.Query;

/// <summary>Settings of the query path, section <c>Query</c> (retrieval's own are in <see cref="Retrieval.RetrievalOptions"/>).</summary>
public sealed class QueryOptions
{
    public const string Section = "Query";

    /// <summary>How long POST /query waits for the worker before answering 202.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00", ErrorMessage = "Query:SyncTimeout must be between 100 ms and 5 minutes.")]
    public TimeSpan SyncTimeout { get; set; } = TimeSpan.FromSeconds(10);

    [Range(1, 50, ErrorMessage = "Query:DefaultTopK must be between 1 and 50.")]
    public int DefaultTopK { get; set; } = 5;

    [Range(1, 200, ErrorMessage = "Query:MaxTopK must be between 1 and 200.")]
    public int MaxTopK { get; set; } = 50;

    [Range(1, 20000, ErrorMessage = "Query:MaxQuestionLength must be between 1 and 20000.")]
    public int MaxQuestionLength { get; set; } = 2000;

    public string DefaultCollection { get; set; } = "olist_reviews";
}
