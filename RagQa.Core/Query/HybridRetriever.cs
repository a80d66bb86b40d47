using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using RagQa.Core.Embeddings;
using RagQa.Core.Ingestion;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Query;

/// <summary>Dense search in the vector store plus Portuguese full-text search, fused by reciprocal rank.</summary>
public sealed class HybridRetriever(
    IEmbeddingGenerator<string, Embedding<float>> embeddings,
    EmbeddingModelInfo model,
    IVectorStore vectors,
    LexicalSearcher lexical,
    ChunkStore chunks,
    IOptions<QueryOptions> options)
{
    private static readonly ActivitySource Activity = new("RagQa.Query");

    public async Task<IReadOnlyList<RetrievedChunk>> RetrieveAsync(
        string collection, string question, int topK, VectorFilter? filter, RetrievalMode mode, CancellationToken cancellationToken)
    {
        var pool = Math.Max(options.Value.CandidatePool, topK);
        IReadOnlyList<VectorHit> dense = [];
        IReadOnlyList<Guid> lexicalIds = [];
        if (mode != RetrievalMode.Lexical)
        {
            ReadOnlyMemory<float> vector;
            using (Activity.StartActivity("embed_query"))
            {
                vector = (await embeddings.GenerateAsync([question], QueryInput, cancellationToken))[0].Vector;
            }
            dense = await vectors.SearchAsync(new VectorSpace(collection, model.ModelId, model.Dimensions), vector, pool, filter, cancellationToken);
        }
        using var activity = Activity.StartActivity("vector_search");
        activity?.SetTag("ragqa.collection", collection).SetTag("ragqa.top_k", topK).SetTag("ragqa.mode", mode.ToString().ToLowerInvariant());
        if (mode != RetrievalMode.Dense)
        {
            lexicalIds = await lexical.SearchAsync(collection, question, pool, filter, cancellationToken);
        }

        var denseIds = dense.Select(h => h.ChunkId).ToList();
        var fused = ReciprocalRankFusion.Fuse([denseIds, lexicalIds]).Take(topK).ToList();
        var found = (await chunks.GetAsync(fused.Select(f => f.Id).ToList(), cancellationToken)).ToDictionary(c => c.Id);
        var similarity = dense.ToDictionary(h => h.ChunkId, h => h.Score);
        var results = fused
            .Where(f => found.ContainsKey(f.Id))
            .Select(f => new RetrievedChunk(
                found[f.Id],
                f.Score,
                IndexOrNull(denseIds, f.Id),
                IndexOrNull(lexicalIds, f.Id),
                similarity.TryGetValue(f.Id, out var s) ? s : null))
            .ToList();
        activity?.SetTag("ragqa.dense_hits", dense.Count).SetTag("ragqa.lexical_hits", lexicalIds.Count).SetTag("ragqa.results", results.Count);
        return results;
    }

    /// <summary>Asks embedders that distinguish queries from passages (e5) for the query form.</summary>
    private static readonly EmbeddingGenerationOptions QueryInput = new()
    {
        AdditionalProperties = new AdditionalPropertiesDictionary { ["input_type"] = "query" },
    };

    private static int? IndexOrNull(IReadOnlyList<Guid> ids, Guid id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id) return i + 1;
        }
        return null;
    }
}
