using System.Text.Json.Serialization;
using RagQa.Core.Text;

namespace RagQa.Core.Documents;

/// <summary>
/// The stages a document moves through, in pipeline order (see <see cref="DocumentStateMachine"/>); stored in
/// <c>documents.status</c> and shown by the API as lower-case text. There is no separate chunking stage: each record is
/// split and its chunks stored as it is read, in one pass over the upload, so parsing and chunking end together.
/// </summary>
[JsonConverter(typeof(EnumTextJsonConverter<DocumentStatus>))]
public enum DocumentStatus
{
    /// <summary>The upload is being written; the row is visible to no one until it commits as <see cref="Queued"/>.</summary>
    Uploading,
    Queued,
    Parsing,
    Embedding,
    Indexed,
    Failed,
}
