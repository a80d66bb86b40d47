using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RagQa.Core.Answering;
using RagQa.Core.Query;

namespace RagQa.Tests.Answering;

/// <summary>The estimated cost behind ragqa.llm.estimated_cost, and the outcome tag of ragqa.query.duration.</summary>
public sealed class AnswerCostTests
{
    [Fact]
    public void Cost_is_the_tokens_at_the_configured_prices_per_thousand()
    {
        var options = new AnswerOptions { InputTokenPricePer1k = 0.15, OutputTokenPricePer1k = 0.6 };

        Assert.Equal(0.15 * 2 + 0.6 * 0.5, options.EstimatedCost(2000, 500), 10);
    }

    [Fact]
    public void Unpriced_models_and_extractive_answers_cost_nothing()
    {
        Assert.Equal(0, new AnswerOptions().EstimatedCost(1200, 300));
        Assert.Equal(0, new AnswerOptions { InputTokenPricePer1k = 1, OutputTokenPricePer1k = 1 }.EstimatedCost(0, 0));
    }

    [Fact]
    public void A_negative_price_is_rejected_at_start_up()
    {
        using var host = AnswerOptionsTests.Host(new Dictionary<string, string?> { ["Answers:OutputTokenPricePer1k"] = "-1" });

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<AnswerOptions>>().Value);
        Assert.Contains("Answers:OutputTokenPricePer1k must be between 0 and 1000.", failure.Message);
    }

    [Fact]
    public void An_answer_without_citations_is_not_answerable()
    {
        Assert.Equal(QueryMetrics.NotAnswerable, QueryMetrics.OutcomeOf(new ComposedAnswer("Não encontrei.", [], "extractive")));
        Assert.Equal(QueryMetrics.Answered, QueryMetrics.OutcomeOf(
            new ComposedAnswer("Chegou quebrado [1].", [new Citation(1, Guid.NewGuid(), Guid.NewGuid(), "r1", "chegou quebrado", 0.9)], "extractive")));
    }
}
