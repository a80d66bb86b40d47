using Microsoft.Extensions.AI.Evaluation;
using RagQa.Benchmarks.Eval;

namespace RagQa.Tests.Eval;

public sealed class ModelJudgeTests
{
    [Theory]
    [InlineData(5.0, EvaluationRating.Exceptional, false)]
    [InlineData(4.0, EvaluationRating.Good, false)]
    [InlineData(3.0, EvaluationRating.Average, true)]
    [InlineData(2.0, EvaluationRating.Poor, true)]
    [InlineData(1.0, EvaluationRating.Unacceptable, true)]
    public void Scores_get_Microsofts_rating_bands_and_pass_at_4(double score, EvaluationRating rating, bool failed)
    {
        var interpretation = ModelJudge.Interpret("Relevance", score);

        Assert.Equal(rating, interpretation.Rating);
        Assert.Equal(failed, interpretation.Failed);
        Assert.Equal(failed ? "Relevance is less than 4." : null, interpretation.Reason);
    }

    [Fact]
    public void No_score_is_inconclusive_not_failed()
    {
        var interpretation = ModelJudge.Interpret("Groundedness", null);

        Assert.Equal(EvaluationRating.Inconclusive, interpretation.Rating);
        Assert.False(interpretation.Failed);
    }
}
