using Microsoft.Extensions.AI.Evaluation;

namespace RagQa.Benchmarks.Eval;

/// <summary>Evaluation context: each citation of an answer with the stored text of the chunk it cites.</summary>
public sealed class CitedChunks(IReadOnlyList<CitedChunks.Citation> citations)
    : EvaluationContext(ContextName, string.Join("\n", citations.Select(c => $"[{c.Index}] {c.ChunkText}")))
{
    public const string ContextName = "Cited chunks";

    public sealed record Citation(int Index, string Quote, string? ChunkText);

    public IReadOnlyList<Citation> Citations { get; } = citations;
}
