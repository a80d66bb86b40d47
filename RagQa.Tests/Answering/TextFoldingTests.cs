using RagQa.Core.Answering;
using RagQa.Core.Text;

namespace RagQa.Tests.Answering;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Reclamação", "reclamacao")]
    [InlineData("NÃO RECEBI", "nao recebi")]
    [InlineData("açaí à põe", "acai a poe")]
    [InlineData("Niño ¿qué?", "nino ¿que?")]
    public void Fold_removes_accents_and_case(string text, string folded) => Assert.Equal(folded, TextFolding.Fold(text));

    [Fact]
    public void Words_keep_their_position_in_the_original_text()
    {
        const string text = "Não recebi, 2 vezes!";

        var words = TextFolding.Words(text);

        Assert.Equal(["nao", "recebi", "2", "vezes"], words.Select(w => w.Folded));
        Assert.Equal("recebi", text.Substring(words[1].Start, words[1].Length));
    }

    [Fact]
    public void Content_terms_drop_function_words_and_keep_numbers_whole()
    {
        Assert.Equal(["atras", "entre", "12345"], ContentTerms.Of("O atraso da entrega foi de 12345 horas para os clientes").Take(3));
        Assert.Equal(ContentTerms.Of("atrasou"), ContentTerms.Of("atrasada"));
        Assert.Empty(ContentTerms.Of("the of de que para"));
    }
}
