using RagQa.Core.Analytics;

namespace RagQa.Tests.Analytics;

public sealed class QuestionWordsTests
{
    [Fact]
    public void The_rest_of_a_question_is_its_unused_words_with_quotes_and_clause_ends_kept()
    {
        var words = new QuestionWords("Sem contar as de 5 estrelas, o que dizem as que citam \"não chegou\"?");
        Assert.NotNull(ExclusionReader.Read(words));

        Assert.Equal("o que dizem as que citam \"não chegou\",", words.Rest());
    }

    [Fact]
    public void A_question_nothing_used_is_its_words_as_written()
    {
        Assert.Equal("quais as reclamações mais comuns, em 2018,", new QuestionWords("Quais as reclamações mais comuns, em 2018?").Rest());
    }
}
