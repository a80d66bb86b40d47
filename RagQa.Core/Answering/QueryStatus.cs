using System.Text.Json.Serialization;
using RagQa.Core.Text;

namespace RagQa.Core.Answering;

/// <summary>
/// Whether a stored question has its answer yet: values of <c>queries.status</c>, shown by the API as lower-case text.
/// Here rather than in Query because escalations, below Query, show it too.
/// </summary>
[JsonConverter(typeof(EnumTextJsonConverter<QueryStatus>))]
public enum QueryStatus
{
    Pending,
    Answered,
    Failed,
}
