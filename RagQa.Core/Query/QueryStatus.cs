namespace RagQa.Core.Query;

/// <summary>Values of <c>queries.status</c>.</summary>
public static class QueryStatus
{
    public const string Pending = "pending";
    public const string Answered = "answered";
    public const string Failed = "failed";
}
