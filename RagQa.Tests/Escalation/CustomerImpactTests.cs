using RagQa.Core.Escalation;

namespace RagQa.Tests.Escalation;

public sealed class CustomerImpactTests
{
    [Theory]
    [InlineData("Vou reclamar no PROCON", CustomerImpact.Legal)]
    [InlineData("vou entrar com um processo contra a loja", CustomerImpact.Legal)]
    [InlineData("Já falei com meu Advogado", CustomerImpact.Legal)]
    [InlineData("vou procurar a justiça", CustomerImpact.Legal)]
    [InlineData("vou postar no Reclame Aqui", CustomerImpact.Legal)]
    [InlineData("I will talk to my lawyer", CustomerImpact.Legal)]
    [InlineData("Quero o REEMBOLSO", CustomerImpact.Refund)]
    [InlineData("o frete é reembolsável?", CustomerImpact.Refund)]
    [InlineData("quando sai o estorno no cartão?", CustomerImpact.Refund)]
    [InlineData("quero meu dinheiro de volta", CustomerImpact.Refund)]
    [InlineData("fui cobrado duas vezes", CustomerImpact.Refund)]
    [InlineData("how do I get a refund?", CustomerImpact.Refund)]
    [InlineData("Como CANCELAR o pedido?", CustomerImpact.Cancellation)]
    [InlineData("pedi o cancelamento ontem", CustomerImpact.Cancellation)]
    [InlineData("como faço a devolução", CustomerImpact.Cancellation)]
    public void Impact_words_are_found_whatever_their_case_and_accents(string question, string category)
    {
        Assert.Contains(category, CustomerImpact.Find(question));
        Assert.Contains(category, CustomerImpact.Find(question.ToUpperInvariant()));
        Assert.Contains(category, CustomerImpact.Find(question.Replace("ç", "c").Replace("ã", "a").Replace("á", "a")));
    }

    [Theory]
    [InlineData("O processador do notebook é rápido?")]
    [InlineData("A entrega foi rápida?")]
    [InlineData("Quais são as reclamações mais comuns?")]
    [InlineData("")]
    public void Ordinary_questions_and_look_alike_words_have_no_impact(string question) => Assert.Empty(CustomerImpact.Find(question));

    [Fact]
    public void Phrases_need_their_words_in_order()
    {
        Assert.Empty(CustomerImpact.Find("aqui eu reclame"));
        Assert.Empty(CustomerImpact.Find("o dinheiro voltou de alguma forma"));
    }

    [Fact]
    public void The_weight_is_that_of_the_heaviest_category()
    {
        Assert.Equal(0, CustomerImpact.Weight([]));
        Assert.Equal(0.5, CustomerImpact.Weight([CustomerImpact.Cancellation]));
        Assert.Equal(1, CustomerImpact.Weight([CustomerImpact.Cancellation, CustomerImpact.Legal]));
    }
}
