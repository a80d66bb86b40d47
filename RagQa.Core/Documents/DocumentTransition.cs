namespace RagQa.Core.Documents;

/// <summary>What happens to a document on its way to the index (see <see cref="DocumentStateMachine"/>).</summary>
public enum DocumentTransition
{
    /// <summary>The upload is stored whole and an ingest message can be sent.</summary>
    Queue,

    /// <summary>An ingest worker starts reading the upload into chunks.</summary>
    Parse,

    /// <summary>Every chunk and the embed batches are recorded; the batches are being embedded.</summary>
    Embed,

    /// <summary>The last batch is embedded: the document is searchable.</summary>
    Index,

    /// <summary>The document cannot be ingested (unreadable, or a batch dead-lettered).</summary>
    Fail,
}
