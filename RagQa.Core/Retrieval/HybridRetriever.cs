using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using RagQa.Core.Chunks;
using RagQa.Core.Embeddings;
using RagQa.Core.Retrieval.Lexicons;
using RagQa.Core.Text;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Retrieval;

/// <summary>
/// Retrieval in two stages. First, three searches run side by side and are fused by weighted reciprocal rank
/// (<see cref="RetrievalOptions.FusionK"/>): dense search in the vector store, dense search over English glosses of
/// the chunks with the question's gloss (<see cref="RetrievalOptions.GlossWeight"/>), and Portuguese full-text search
/// with the question's words plus thesaurus synonyms, for English words Portuguese translations, and for words the
/// collection lacks their closest lexeme (<see cref="RetrievalOptions.LexicalWeight"/>, <see cref="RetrievalLexicons.Expansions"/>,
/// <see cref="TypoTolerance"/>). Then the best fused
/// candidates are reranked for relevance plus
/// variety (<see cref="DiversityReranker"/>) using their stored vectors — fetched from the vector store rather
/// than embedding the candidate texts again, which would cost a model call per query. Score and date
/// constraints stated in the question are applied as filters (<see cref="QuestionFilterParser"/>).
/// </summary>
public sealed class HybridRetriever(
    IEmbeddingGenerator<string, Embedding<float>> embeddings,
    EmbeddingModelInfo model,
    IVectorStore vectors,
    LexicalSearcher lexical,
    ChunkStore chunks,
    RetrievalLexicons lexicons,
    IOptions<RetrievalOptions> options)
{
    private static readonly ActivitySource Activity = new("RagQa.Query");

    /// <summary>The reranked chunks only; see <see cref="RetrieveAsync(RetrievalRequest, CancellationToken)"/>.</summary>
    public async Task<IReadOnlyList<RetrievedChunk>> RetrieveAsync(
        string collection, string question, int topK, VectorFilter? filter, RetrievalMode mode, CancellationToken cancellationToken) =>
        (await RetrieveAsync(new RetrievalRequest(collection, question, topK, filter, mode), cancellationToken)).Chunks;

    public async Task<RetrievalResult> RetrieveAsync(RetrievalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.TopK);
        var settings = options.Value;
        var filter = request.RecogniseFilters && settings.RecogniseFilters
            ? QuestionFilterParser.Apply(request.Question, request.Filter)
            : request.Filter;
        var space = new VectorSpace(request.Collection, model.ModelId, model.Dimensions);
        var pool = Math.Max(settings.CandidatePool, request.TopK);

        // Full-text search needs no embedding: it runs while the question is embedded.
        var expansions = request.Mode != RetrievalMode.Dense ? lexicons.Expansions(request.Question, settings) : [];
        var lexicalSearch = request.Mode != RetrievalMode.Dense
            ? lexical.SearchAsync(request.Collection, request.Question, expansions, new TypoTolerance(settings.TypoWeight, settings.TypoSimilarity), pool, filter, cancellationToken)
            : Task.FromResult<IReadOnlyList<Guid>>([]);
        var gloss = settings.GlossWeight > 0 && request.Mode != RetrievalMode.Lexical ? lexicons.Glosser?.Gloss(request.Question) : null;
        // The question and its gloss are embedded by two model calls side by side, not one: a call pads its texts to the
        // longest, and the gloss (up to two English senses per word) is longer than the question. Each vector search
        // starts as soon as its own vector is ready.
        var questionEmbedding = request.Mode != RetrievalMode.Lexical ? EmbedAsync(request.Question, isGloss: false, cancellationToken) : null;
        var glossEmbedding = gloss is not null ? EmbedAsync(gloss, isGloss: true, cancellationToken) : null;

        IReadOnlyList<VectorHit> dense;
        IReadOnlyList<VectorHit> glossed;
        IReadOnlyList<Guid> lexicalIds;
        using (var searchActivity = Activity.StartActivity("vector_search"))
        {
            searchActivity?.SetTag("ragqa.collection", request.Collection)
                .SetTag("ragqa.mode", EnumText.Of(request.Mode))
                .SetTag("ragqa.top_k", request.TopK)
                .SetTag("ragqa.candidate_pool", pool)
                .SetTag("ragqa.expansion_words", expansions.Count)
                .SetTag("ragqa.filter_conditions", filter?.Conditions.Count ?? 0)
                .SetTag("ragqa.recognised_filter_conditions", (filter?.Conditions.Count ?? 0) - (request.Filter?.Conditions.Count ?? 0));
            var denseSearch = SearchAsync(space, questionEmbedding, pool, filter, cancellationToken);
            var glossSearch = SearchAsync(EnglishGlosser.SpaceOf(space), glossEmbedding, pool, filter, cancellationToken);
            await Task.WhenAll(denseSearch, glossSearch, lexicalSearch);
            dense = await denseSearch;
            glossed = await glossSearch;
            lexicalIds = await lexicalSearch;
            searchActivity?.SetTag("ragqa.dense_hits", dense.Count).SetTag("ragqa.gloss_hits", glossed.Count).SetTag("ragqa.lexical_hits", lexicalIds.Count);
        }

        ReadOnlyMemory<float>? queryVector = null;
        if (questionEmbedding is not null) queryVector = await questionEmbedding;
        using var rerankActivity = Activity.StartActivity("rerank");
        var depth = Math.Max(settings.RerankDepth, request.TopK);
        double[] weights = [1.0, settings.LexicalWeight, settings.GlossWeight];
        var fused = ReciprocalRankFusion.Fuse(
                [dense.Select(h => h.ChunkId).ToList(), lexicalIds, glossed.Select(h => h.ChunkId).ToList()], weights, settings.FusionK)
            .Take(depth).ToList();
        // Agreement is measured against the retrievers that ran: a lexical-mode search or a question with no gloss
        // can still put its best source first everywhere it was looked for.
        var ran = new[] { questionEmbedding is not null, request.Mode != RetrievalMode.Dense, glossEmbedding is not null };
        var best = ReciprocalRankFusion.Best(weights.Where((_, i) => ran[i]), settings.FusionK);
        var ids = fused.Select(f => f.Id).ToList();
        var texts = chunks.GetAsync(ids, cancellationToken);
        var stored = vectors.GetVectorsAsync(space, ids, cancellationToken);
        await Task.WhenAll(texts, stored);
        var found = (await texts).ToDictionary(c => c.Id);
        var storedVectors = await stored;

        // A chunk deleted since the search has no row any more and is dropped here.
        var candidates = fused
            .Where(f => found.ContainsKey(f.Id))
            .Select(f => new RerankCandidate(f.Id, f.Score, storedVectors.GetValueOrDefault(f.Id), found[f.Id].Text))
            .ToList();
        var reranked = DiversityReranker.Rerank(candidates, request.TopK, settings.RerankLambda, settings.NearDuplicateJaccard);

        var denseRanks = Ranks(dense.Select(h => h.ChunkId));
        var lexicalRanks = Ranks(lexicalIds);
        var similarities = dense.ToDictionary(h => h.ChunkId, h => h.Score);
        var results = reranked.Select(r =>
        {
            var id = r.Candidate.Id;
            double? similarity = similarities.TryGetValue(id, out var s) ? s
                : queryVector is { } q && !r.Candidate.Vector.IsEmpty ? MaximalMarginalRelevance.Cosine(q.Span, r.Candidate.Vector.Span)
                : null;
            return new RetrievedChunk(found[id], r.Candidate.Relevance, NullableRank(denseRanks, id), NullableRank(lexicalRanks, id), similarity)
            {
                NearDuplicates = r.NearDuplicates,
                RankAgreement = best > 0 ? Math.Min(1, r.Candidate.Relevance / best) : 0,
            };
        }).ToList();
        rerankActivity?.SetTag("ragqa.candidates", candidates.Count)
            .SetTag("ragqa.candidates_with_vectors", storedVectors.Count)
            .SetTag("ragqa.near_duplicates", reranked.Sum(r => r.NearDuplicates.Count))
            .SetTag("ragqa.rerank_lambda", settings.RerankLambda)
            .SetTag("ragqa.fusion_k", settings.FusionK)
            .SetTag("ragqa.lexical_weight", settings.LexicalWeight)
            .SetTag("ragqa.gloss_weight", settings.GlossWeight)
            .SetTag("ragqa.synonym_weight", settings.SynonymWeight)
            .SetTag("ragqa.translation_weight", settings.TranslationWeight)
            .SetTag("ragqa.typo_weight", settings.TypoWeight)
            .SetTag("ragqa.results", results.Count);
        return new RetrievalResult(results, queryVector, filter);
    }

    /// <summary>One text's query vector, embedded on the thread pool: the in-process model computes before it returns.</summary>
    private Task<ReadOnlyMemory<float>> EmbedAsync(string text, bool isGloss, CancellationToken cancellationToken) => Task.Run(async () =>
    {
        using var activity = Activity.StartActivity("embed_query");
        activity?.SetTag("ragqa.embedding_model", model.ModelId).SetTag("ragqa.dimensions", model.Dimensions).SetTag("ragqa.gloss", isGloss);
        var generated = await embeddings.GenerateAsync([text], EmbeddingInput.ForQueries(), cancellationToken);
        return generated[0].Vector;
    }, cancellationToken);

    private async Task<IReadOnlyList<VectorHit>> SearchAsync(
        VectorSpace space, Task<ReadOnlyMemory<float>>? embedding, int pool, VectorFilter? filter, CancellationToken cancellationToken) =>
        embedding is null ? [] : await vectors.SearchAsync(space, await embedding, pool, filter, cancellationToken);

    private static Dictionary<Guid, int> Ranks(IEnumerable<Guid> ids)
    {
        var ranks = new Dictionary<Guid, int>();
        foreach (var id in ids) ranks.TryAdd(id, ranks.Count + 1);
        return ranks;
    }

    private static int? NullableRank(Dictionary<Guid, int> ranks, Guid id) => ranks.TryGetValue(id, out var rank) ? rank : null;
}
