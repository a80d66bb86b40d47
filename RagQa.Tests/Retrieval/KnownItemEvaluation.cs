using System.Diagnostics;
using RagQa.Core.Retrieval;

namespace RagQa.Tests.Retrieval;

/// <summary>Runs a known-item set through a retriever in one mode: recall@5, recall@10, MRR@10 and the latency of each retrieval.</summary>
public static class KnownItemEvaluation
{
    public const int RecallK = 5;
    public const int MrrK = 10;

    public static async Task<KnownItemScores> EvaluateAsync(HybridRetriever retriever, IReadOnlyList<KnownItemQuestion> questions, RetrievalMode mode)
    {
        var recall5 = new List<double>();
        var recall10 = new List<double>();
        var reciprocal = new List<double>();
        var latencies = new List<double>();
        var ranks = new Dictionary<string, int?>();
        foreach (var question in questions)
        {
            var started = Stopwatch.GetTimestamp();
            var result = await retriever.RetrieveAsync(
                new RetrievalRequest(OlistSampleCorpus.Collection, question.Question, MrrK, Mode: mode), CancellationToken.None);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var ranked = result.Chunks.Select(c => c.Chunk.SourceId).ToList();
            var expected = question.Expected.ToHashSet();
            recall5.Add(RankingQuality.RecallAtK(ranked, expected, RecallK));
            recall10.Add(RankingQuality.RecallAtK(ranked, expected, MrrK));
            reciprocal.Add(RankingQuality.ReciprocalRankAtK(ranked, expected, MrrK));
            var rank = ranked.FindIndex(expected.Contains);
            ranks[question.Id] = rank < 0 ? null : rank + 1;
        }
        return new KnownItemScores(RankingQuality.Mean(recall5), RankingQuality.Mean(recall10), RankingQuality.Mean(reciprocal), ranks, latencies);
    }
}
