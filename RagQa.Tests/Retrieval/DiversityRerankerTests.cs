using RagQa.Core.Retrieval;

namespace RagQa.Tests.Retrieval;

public sealed class DiversityRerankerTests
{
    private static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    private static RerankCandidate Candidate(int id, double relevance, float[] vector, string? text = null) =>
        new(Id(id), relevance, vector, text ?? $"texto distinto número {id}");

    [Fact]
    public void Lambda_one_keeps_the_relevance_order()
    {
        var candidates = new[]
        {
            Candidate(1, 0.9, [1, 0, 0]),
            Candidate(2, 0.8, [1, 0, 0]),
            Candidate(3, 0.7, [0, 1, 0]),
        };

        Assert.Equal([0, 1, 2], MaximalMarginalRelevance.Select(candidates, 3, lambda: 1));
    }

    [Fact]
    public void A_candidate_close_to_one_already_picked_gives_way_to_a_different_one()
    {
        var candidates = new[]
        {
            Candidate(1, 1.0, [1, 0, 0]),
            Candidate(2, 0.95, [0.99f, 0.1f, 0]),
            Candidate(3, 0.8, [0, 0, 1]),
        };

        var picked = MaximalMarginalRelevance.Select(candidates, 2, lambda: 0.7);

        Assert.Equal([0, 2], picked);
    }

    [Fact]
    public void A_much_more_relevant_candidate_is_kept_even_when_similar()
    {
        var candidates = new[]
        {
            Candidate(1, 1.0, [1, 0, 0]),
            Candidate(2, 0.95, [0.9f, 0.43f, 0]),
            Candidate(3, 0.2, [0, 0, 1]),
        };

        Assert.Equal([0, 1], MaximalMarginalRelevance.Select(candidates, 2, lambda: 0.7));
    }

    [Fact]
    public void Relevance_is_scale_free()
    {
        var small = new[] { Candidate(1, 0.032, [1, 0]), Candidate(2, 0.031, [1, 0]), Candidate(3, 0.025, [0, 1]) };
        var large = small.Select(c => c with { Relevance = c.Relevance * 1000 }).ToArray();

        Assert.Equal(MaximalMarginalRelevance.Select(small, 3, 0.7), MaximalMarginalRelevance.Select(large, 3, 0.7));
    }

    [Fact]
    public void A_candidate_without_a_vector_is_never_redundant()
    {
        var candidates = new[]
        {
            Candidate(1, 1.0, [1, 0]),
            Candidate(2, 0.9, []),
            Candidate(3, 0.95, [1, 0]),
        };

        Assert.Equal([0, 1, 2], MaximalMarginalRelevance.Select(candidates, 3, lambda: 0.7));
    }

    [Fact]
    public void Asking_for_more_than_there_is_returns_everything_once()
    {
        var candidates = new[] { Candidate(1, 1.0, [1, 0]), Candidate(2, 0.5, [0, 1]) };

        Assert.Equal([0, 1], MaximalMarginalRelevance.Select(candidates, 10, 0.7));
        Assert.Empty(MaximalMarginalRelevance.Select([], 10, 0.7));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Lambda_must_be_between_zero_and_one(double lambda) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MaximalMarginalRelevance.Select([Candidate(1, 1, [1])], 1, lambda));

    [Fact]
    public void Ten_near_identical_reviews_take_one_slot()
    {
        string[] praise = ["Muito bom!", "muito bom", "MUITO BOM.", "Muito bom!!!", "muito  bom", "Muito Bom", "muito bom :)", "Muito bom...", "muito bom!", "Múito bom"];
        var candidates = praise.Select((text, i) => Candidate(i + 1, 1.0 - i * 0.01, [1, 0.01f * i, 0], text))
            .Append(Candidate(20, 0.85, [0, 1, 0], "Chegou quebrado e sem manual"))
            .Append(Candidate(21, 0.80, [0, 0, 1], "Entrega atrasou duas semanas"))
            .ToList();

        var reranked = DiversityReranker.Rerank(candidates, 5, DiversityReranker.DefaultLambda, DiversityReranker.DefaultDuplicateJaccard);

        Assert.Equal([Id(1), Id(20), Id(21)], reranked.Select(r => r.Candidate.Id));
        Assert.Equal(Enumerable.Range(2, 9).Select(Id), reranked[0].NearDuplicates);
        Assert.Empty(reranked[1].NearDuplicates);
    }

    [Fact]
    public void The_most_relevant_of_a_duplicate_group_represents_it_whatever_the_input_order()
    {
        var candidates = new[]
        {
            Candidate(1, 0.5, [1, 0], "Ótimo produto"),
            Candidate(2, 0.9, [1, 0], "otimo produto!"),
        };

        var reranked = DiversityReranker.Rerank(candidates, 5, 0.7, 0.9);

        Assert.Equal(Id(2), Assert.Single(reranked).Candidate.Id);
        Assert.Equal([Id(1)], reranked[0].NearDuplicates);
    }

    [Fact]
    public void Similar_but_not_identical_texts_are_both_kept()
    {
        var candidates = new[]
        {
            Candidate(1, 1.0, [1, 0], "Muito bom"),
            Candidate(2, 0.9, [0, 1], "Muito bom produto"),
        };

        Assert.Equal(2, DiversityReranker.Rerank(candidates, 5, 0.7, 0.9).Count);
    }

    [Fact]
    public void A_threshold_above_one_turns_the_duplicate_check_off()
    {
        var candidates = new[] { Candidate(1, 1.0, [1, 0], "Muito bom"), Candidate(2, 0.9, [0, 1], "Muito bom") };

        Assert.Equal(2, DiversityReranker.Rerank(candidates, 5, 1, 1.01).Count);
    }

    [Theory]
    [InlineData("Muito bom!", "muito bom", 1.0)]
    [InlineData("Ótimo PRODUTO.", "otimo produto", 1.0)]
    [InlineData("Muito bom", "Muito bom produto", 2.0 / 3)]
    [InlineData("chegou rápido", "produto quebrado", 0.0)]
    [InlineData("!!!", "...", 1.0)]
    public void Jaccard_ignores_case_accents_and_punctuation(string first, string second, double expected) =>
        Assert.Equal(expected, NearDuplicateText.Jaccard(first, second), 10);
}
