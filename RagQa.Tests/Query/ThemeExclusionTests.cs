using RagQa.Core.Analytics;
using RagQa.Core.Answering;
using RagQa.Core.Query;

namespace RagQa.Tests.Query;

public sealed class ThemeExclusionTests
{
    private static readonly DateOnly Newest = new(2018, 8, 29);

    [Fact]
    public void A_period_counted_back_is_set_aside_as_the_months_it_covers_at_the_newest_review()
    {
        var except = ExclusionReader.Read(new QuestionWords("Sin contar el último trimestre, ¿qué es lo que más elogian?"))!;

        Assert.Equal(new ReviewExclusion(null, new DateOnly(2018, 6, 1), Newest), ThemeExclusion.Of(except, Newest));
    }

    [Fact]
    public void A_month_without_a_year_is_set_aside_in_every_year_and_the_answer_says_what_was_set_aside()
    {
        var except = ExclusionReader.Read(new QuestionWords("Tirando dezembro, do que mais se queixaram os clientes em 2017?"))!;

        Assert.Equal(new ReviewExclusion(MonthOfYear: 12), ThemeExclusion.Of(except, Newest));
        Assert.StartsWith("exceto as ", ThemeExclusion.Described(except, Newest, AnswerLanguage.Portuguese), StringComparison.Ordinal);
        Assert.Contains("dezembro", ThemeExclusion.Described(except, Newest, AnswerLanguage.Portuguese), StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_answer_names_the_reviews_it_set_aside()
    {
        var breakdown = new ThemeBreakdown(ThemePolarity.Praise, null, 1002, 300, []) { SetAside = "except those with score 5" };

        Assert.Equal("reviews within the question's filters, except those with score 5", AnswerPhrases.Scope(AnswerLanguage.English, breakdown));
    }
}
