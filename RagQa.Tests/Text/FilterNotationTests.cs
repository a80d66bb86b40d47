using RagQa.Core.Text;

namespace RagQa.Tests.Text;

public sealed class FilterNotationTests
{
    [Theory]
    [InlineData("count where score in (4,5)", "count where  4 a 5 estrelas ")]
    [InlineData("review_score in (1, 2)", " 1 a 2 estrelas ")]
    [InlineData("nota in (1,5)", " 1 ou 5 estrelas ")]
    [InlineData("nota != 5", " 1 a 4 estrelas ")]
    [InlineData("stars <> 1", " 2 a 5 estrelas ")]
    [InlineData("score ≠ 3", " except 3 stars ")]
    [InlineData("created >= 2018-03", " since march 2018 ")]
    [InlineData("data < 2017-07", " before july 2017 ")]
    [InlineData("created in 2018", "created in 2018")]
    [InlineData("texto contém frete", " mencionam  frete")]
    [InlineData("nota média quando o filtro de texto é frete", "nota média quando o  mencionam frete")]
    [InlineData("filter: nota <= 2 | group: ano", "filter: nota <= 2 |  por ano")]
    [InlineData("group by review_score", " por score")]
    [InlineData("pivot: ano x % de nota 5", " por ano % de nota 5")]
    [InlineData("pivot linhas = nota (1..5)", " por nota  (1 a 5) ")]
    [InlineData("positivas (4-5) / total", " share of positivas (4-5) ")]
    [InlineData("quebra por nota onde aparece relógio", "quebra por nota  que mencionam relógio")]
    public void Spells_out_a_bi_tool_s_filters(string question, string expected)
    {
        Assert.Equal(expected, FilterNotation.SpellOut(question));
    }

    [Theory]
    // A score that is not a set, a date that is not compared, a text not filtered, a slash that is not over a total.
    [InlineData("nota 5 em (2018)")]
    [InlineData("reviews created in march")]
    [InlineData("rows that have \"mais\" in the text: count")]
    [InlineData("jan/fev 2018")]
    public void Leaves_other_text_alone(string question)
    {
        Assert.Equal(question, FilterNotation.SpellOut(question));
    }
}
