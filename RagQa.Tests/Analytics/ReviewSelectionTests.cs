using RagQa.Core.Analytics;
using RagQa.Core.Analytics.Tools;
using RagQa.Core.Answering;

namespace RagQa.Tests.Analytics;

/// <summary>A model's selection of reviews turned into the parser's conditions, or into an error the model can correct.</summary>
public sealed class ReviewSelectionTests
{
    [Fact]
    public void An_empty_selection_is_every_review()
    {
        var (condition, error) = ReviewSelection.All.ToCondition();

        Assert.Null(error);
        Assert.True(condition!.IsEmpty);
    }

    [Fact]
    public void Scores_years_months_and_days_become_the_parsers_conditions()
    {
        var (condition, error) = new ReviewSelection { MinScore = 1, MaxScore = 2, From = "2017", To = "2018-03" }.ToCondition();

        Assert.Null(error);
        Assert.Equal(new ScoreRange(1, 2), condition!.Scores);
        Assert.Equal(new ReviewPeriod(new DateOnly(2017, 1, 1), new DateOnly(2018, 3, 31)), condition.Period);
        Assert.Equal(ReviewPeriod.Month(2018, 2), new ReviewSelection { From = "2018-02", To = "2018-02" }.ToCondition().Condition!.Period);
        Assert.Equal(new ReviewPeriod(new DateOnly(2018, 3, 15), new DateOnly(2018, 3, 15)),
            new ReviewSelection { From = "2018-03-15", To = "2018-03-15" }.ToCondition().Condition!.Period);
    }

    [Fact]
    public void Mentions_are_stems_any_of_which_matches()
    {
        var condition = new ReviewSelection { Mentions = ["atrasos", "Demora", "atraso"] }.ToCondition().Condition!;

        Assert.Equal(["atras", "demor"], condition.Terms);
        Assert.False(condition.AllTerms);
    }

    [Fact]
    public void The_last_months_count_back_from_the_newest_review()
    {
        Assert.Equal(new ReviewPeriod(LastMonths: 3), new ReviewSelection { LastMonths = 3 }.ToCondition().Condition!.Period);
    }

    [Theory]
    [InlineData(0, null, null, null, null, "between 1 and 5")]
    [InlineData(null, 6, null, null, null, "between 1 and 5")]
    [InlineData(4, 2, null, null, null, "min_score must not be above max_score")]
    [InlineData(null, null, "2017", null, null, "give both from and to")]
    [InlineData(null, null, "2018", "2017", null, "from must not be after to")]
    [InlineData(null, null, "março", "2017", null, "must be a year")]
    [InlineData(null, null, "2018-13", "2018-13", null, "must be a year")]
    [InlineData(null, null, "2017", "2017", 3, "cannot be combined")]
    [InlineData(null, null, null, null, 0, "last_months must be between")]
    [InlineData(null, null, null, null, 121, "last_months must be between")]
    public void A_wrong_selection_says_what_is_wrong(int? min, int? max, string? from, string? to, int? lastMonths, string error)
    {
        var result = new ReviewSelection { MinScore = min, MaxScore = max, From = from, To = to, LastMonths = lastMonths }.ToCondition();

        Assert.Null(result.Condition);
        Assert.Contains(error, result.Error);
    }

    [Theory]
    [InlineData("'; DROP TABLE chunks; --")]
    [InlineData("a")]
    [InlineData("duas palavras")]
    public void A_mention_must_be_one_word_so_that_nothing_of_it_becomes_a_pattern(string word)
    {
        Assert.Contains("is not one word", new ReviewSelection { Mentions = [word] }.ToCondition().Error);
    }

    [Fact]
    public void Mentions_and_words_are_bounded()
    {
        Assert.Contains("at most 5 words", new ReviewSelection { Mentions = ["a1", "b2", "c3", "d4", "e5", "f6"] }.ToCondition().Error);
        var error = new ReviewSelection { Mentions = [new string('a', 500)] }.ToCondition().Error!;
        Assert.True(error.Length < 120, error);
    }
}
