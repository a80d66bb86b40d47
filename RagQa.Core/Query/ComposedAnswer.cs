using RagQa.Core.Analytics;
using RagQa.Core.Answering;

namespace RagQa.Core.Query;

/// <summary>
/// An answer with its citations; <see cref="Mode"/> says how it was made (<c>extractive</c> or <c>llm</c>), and the
/// optional properties record what for (<see cref="Intent"/>, <see cref="Language"/>), by which <see cref="Model"/>,
/// how well grounded (<see cref="GroundingCoverage"/>) and at what cost (token counts, when the model reports them).
/// </summary>
public sealed record ComposedAnswer(string Text, IReadOnlyList<Citation> Citations, string Mode)
{
    public string? Model { get; init; }

    /// <summary>e.g. <c>common_complaints</c>, <c>share</c>, <c>specific</c>.</summary>
    public string? Intent { get; init; }

    /// <summary>ISO 639-1 code of the answer's language.</summary>
    public string? Language { get; init; }

    public double? GroundingCoverage { get; init; }

    public long? InputTokens { get; init; }

    public long? OutputTokens { get; init; }

    /// <summary>True when the answer came from the semantic answer cache instead of being composed again.</summary>
    public bool CacheHit { get; init; }

    /// <summary><see cref="AnswerKinds.Analytical"/> (figures counted over the collection), specific (from retrieval) or out of scope.</summary>
    public string Kind { get; init; } = AnswerKinds.Specific;

    /// <summary>The figures of an analytical answer, as data.</summary>
    public AnalysisFigures? Analysis { get; init; }
}
