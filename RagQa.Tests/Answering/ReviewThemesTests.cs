using RagQa.Core.Answering;
using RagQa.Core.Text;

namespace RagQa.Tests.Answering;

/// <summary>The lexicon's shape; what its queries match is proved on Postgres in <see cref="ReviewThemeLexiconTests"/>.</summary>
public sealed class ReviewThemesTests
{
    [Fact]
    public void Keys_are_unique_and_every_theme_is_named_in_three_languages()
    {
        Assert.Equal(ReviewThemes.All.Count, ReviewThemes.All.Select(t => t.Key).Distinct().Count());
        Assert.All(ReviewThemes.All, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Portuguese));
            Assert.False(string.IsNullOrWhiteSpace(t.English));
            Assert.False(string.IsNullOrWhiteSpace(t.Spanish));
            Assert.Equal(t.English, t.Name(AnswerLanguage.English));
        });
    }

    [Fact]
    public void Both_polarities_have_at_least_five_themes()
    {
        Assert.True(ReviewThemes.Of(ThemePolarity.Complaint).Count >= 5);
        Assert.True(ReviewThemes.Of(ThemePolarity.Praise).Count >= 5);
    }

    [Fact]
    public void Queries_have_balanced_parentheses_and_cues_are_folded()
    {
        Assert.All(ReviewThemes.All, t =>
        {
            var depth = 0;
            foreach (var ch in t.TsQuery)
            {
                depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
                Assert.True(depth >= 0, $"{t.Key}: ')' before its '('");
            }
            Assert.Equal(0, depth);
            Assert.All(t.Cues.Concat(t.TopicCues), cue => Assert.Equal(TextFolding.Fold(cue), cue));
        });
    }

    [Fact]
    public void Focus_stems_are_the_query_lexemes()
    {
        var stems = ReviewThemes.LateDelivery.FocusStems;

        Assert.Contains("atras", stems);
        Assert.Contains("demor", stems);
        Assert.Contains("praz", stems);
        Assert.Equal(stems.Count, stems.Distinct().Count());
    }

    [Theory]
    [InlineData(" qual a proporcao de entregas atrasadas ", null, "late_delivery")]
    [InlineData(" quantos nao receberam ", null, "not_received")]
    [InlineData(" quantos reclamaram do atendimento ", ThemePolarity.Complaint, "seller_unresponsive")]
    [InlineData(" quantos elogiaram o atendimento ", ThemePolarity.Praise, "good_service")]
    [InlineData(" quantos falaram do atendimento ", null, null)]
    [InlineData(" quantos falaram da cor ", ThemePolarity.Complaint, null)]
    public void A_question_names_a_theme_by_cue_or_by_topic_and_polarity(string folded, ThemePolarity? polarity, string? key) =>
        Assert.Equal(key, ReviewThemes.Named(folded, polarity)?.Key);
}
