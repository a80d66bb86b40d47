using Microsoft.Extensions.AI.Evaluation;

namespace RagQa.Benchmarks.Eval;

/// <summary>Evaluation context: each citation of an answer with the stored text of the chunk it cites.</summary>
public sealed class CitedChunks(IReadOnlyList<CitedChunks.Citation> citations)
    : EvaluationContext(ContextName, Render(citations))
{
    public const string ContextName = "Cited chunks";

    public sealed record Citation(int Index, string Quote, string? ChunkText);

    public IReadOnlyList<Citation> Citations { get; } = citations;

    /// <summary>The cited chunks as the answer numbers them, each once: what the answer must be grounded in.</summary>
    public string GroundingText => Render(Citations);

    private static string Render(IEnumerable<Citation> citations) =>
        string.Join("\n", citations.DistinctBy(c => c.Index).Select(c => $"[{c.Index}] {c.ChunkText}"));
}
