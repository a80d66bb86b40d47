using System.Text.Json.Serialization;

namespace RagQa.Benchmarks.Eval;

/// <summary>
/// The parts of a <c>POST /query</c> (or <c>GET /query/{id}</c>) body that the analytics evaluation scores, as the
/// response contract names them. Fields the running system does not send yet stay null.
/// </summary>
public sealed record QueryReply
{
    /// <summary>The HTTP status of the last response: a rejected question (400, 429) has no kind and scores wrong.</summary>
    [JsonIgnore]
    public int HttpStatus { get; init; } = 200;

    public string? Status { get; init; }

    /// <summary>
    /// The problem code of a refused question (400 <c>prompt_injection</c>): for an out-of-scope question that tries to
    /// instruct the assistant, a refusal that says what RagQa answers is the right outcome (the API contract
    /// answers injection attempts with RFC 7807, not with a 200).
    /// </summary>
    [JsonIgnore]
    public string? ProblemCode { get; init; }

    public string? Kind { get; init; }

    public bool Escalated { get; init; }

    public double? Confidence { get; init; }

    public double? LatencyMs { get; init; }

    public IReadOnlyList<QueryReplyCitation> Citations { get; init; } = [];

    public QueryReplyAnalysis? Analysis { get; init; }
}
