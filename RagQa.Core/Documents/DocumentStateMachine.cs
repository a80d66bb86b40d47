namespace RagQa.Core.Documents;

/// <summary>
/// uploading → queued → parsing → embedding → indexed, and failed from any stage before indexed. Parsing may start
/// again while parsing (a worker killed mid-document, its message redelivered, starts the document over); indexed and
/// failed are final (a failure keeps its first reason). Every SQL statement that moves a document applies the move with
/// <c>WHERE status = ANY(AllowedFrom)</c>, so a stale or redelivered message can never move a document backwards, and of
/// two deliveries racing, only one records the chunks.
/// </summary>
public static class DocumentStateMachine
{
    private static readonly IReadOnlyList<DocumentStatus> QueueFrom = [DocumentStatus.Uploading];
    private static readonly IReadOnlyList<DocumentStatus> ParseFrom = [DocumentStatus.Queued, DocumentStatus.Parsing];
    private static readonly IReadOnlyList<DocumentStatus> EmbedFrom = [DocumentStatus.Parsing];
    private static readonly IReadOnlyList<DocumentStatus> IndexFrom = [DocumentStatus.Embedding];

    private static readonly IReadOnlyList<DocumentStatus> FailFrom =
        [DocumentStatus.Uploading, DocumentStatus.Queued, DocumentStatus.Parsing, DocumentStatus.Embedding];

    /// <summary>The statuses <paramref name="transition"/> may be applied in.</summary>
    public static IReadOnlyList<DocumentStatus> AllowedFrom(DocumentTransition transition) => transition switch
    {
        DocumentTransition.Queue => QueueFrom,
        DocumentTransition.Parse => ParseFrom,
        DocumentTransition.Embed => EmbedFrom,
        DocumentTransition.Index => IndexFrom,
        DocumentTransition.Fail => FailFrom,
        _ => throw new ArgumentOutOfRangeException(nameof(transition), transition, null),
    };

    /// <summary>The status after <paramref name="transition"/>.</summary>
    public static DocumentStatus Target(DocumentTransition transition) => transition switch
    {
        DocumentTransition.Queue => DocumentStatus.Queued,
        DocumentTransition.Parse => DocumentStatus.Parsing,
        DocumentTransition.Embed => DocumentStatus.Embedding,
        DocumentTransition.Index => DocumentStatus.Indexed,
        DocumentTransition.Fail => DocumentStatus.Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(transition), transition, null),
    };

    public static bool CanApply(DocumentStatus status, DocumentTransition transition) => AllowedFrom(transition).Contains(status);
}
