namespace RagQa.Core.Messaging;

/// <summary>The work queues of the system. Each has a dead-letter queue named <c>{queue}.dlq</c>.</summary>
public static class QueueNames
{
    public const string Ingest = "ingest";
    public const string Embed = "embed";
    public const string Query = "query";
    public const string Audit = "audit";

    public static readonly IReadOnlyList<string> WorkQueues = [Ingest, Embed, Query, Audit];

    public static string DeadLetterOf(string queue) => queue + ".dlq";
}
