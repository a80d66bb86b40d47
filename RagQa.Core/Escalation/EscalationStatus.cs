using System.Text.Json.Serialization;
using RagQa.Core.Text;

namespace RagQa.Core.Escalation;

/// <summary>
/// Values of <c>escalation_requests.status</c>, shown by the API as lower-case text: open → assigned → resolved (see
/// <see cref="EscalationStateMachine"/>).
/// </summary>
[JsonConverter(typeof(EnumTextJsonConverter<EscalationStatus>))]
public enum EscalationStatus
{
    Open,
    Assigned,
    Resolved,
}
