using RagQa.Core.Chunks;

namespace RagQa.Core.Retrieval;

/// <summary>
/// A chunk found for a question: its fused first-stage score, its rank in each retriever (null when not found
/// there) and its cosine similarity to the question (null when unknown, e.g. in lexical mode).
/// </summary>
public sealed record RetrievedChunk(ChunkRecord Chunk, double Score, int? DenseRank, int? LexicalRank, double? DenseSimilarity)
{
    /// <summary>Ids of candidates with (nearly) the same text that reranking folded into this one.</summary>
    public IReadOnlyList<Guid> NearDuplicates { get; init; } = [];

    /// <summary>
    /// <see cref="Score"/> as a share of the best fused score possible (<see cref="ReciprocalRankFusion.Best"/>): 1 when
    /// every retriever that ran ranked this chunk first. How far the retrievers agree on a source is what tells whether it
    /// is the one asked for (<see cref="Answering.ConfidenceScorer.Score"/>).
    /// </summary>
    public double RankAgreement { get; init; }
}
