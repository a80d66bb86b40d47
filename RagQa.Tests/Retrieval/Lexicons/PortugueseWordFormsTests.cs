using RagQa.Core.Retrieval.Lexicons;

namespace RagQa.Tests.Retrieval.Lexicons;

public sealed class PortugueseWordFormsTests
{
    [Theory]
    [InlineData("chegou", "chegar")]
    [InlineData("capinhas", "capa")]
    [InlineData("cortinas", "cortina")]
    [InlineData("quebrada", "quebrar")]
    [InlineData("reclamacoes", "reclamacao")]
    [InlineData("recebendo", "receber")]
    [InlineData("pequenos", "pequeno")]
    [InlineData("veio", "vir")]
    public void A_form_s_candidates_include_its_headword(string form, string headword) =>
        Assert.Contains(headword, PortugueseWordForms.Candidates(form));

    [Fact]
    public void The_form_itself_comes_first_and_no_candidate_is_shorter_than_three_letters()
    {
        var candidates = PortugueseWordForms.Candidates("cartazes");

        Assert.Equal("cartazes", candidates[0]);
        Assert.Contains("cartaz", candidates);
        Assert.All(candidates, c => Assert.True(c.Length >= 3, c));
    }
}
