using RagQa.Benchmarks.Eval;

namespace RagQa.Tests.Eval;

/// <summary>What the second reader learns short questions about the reviews from: the first clause of a review.</summary>
public sealed class SecondReaderTrainingTests
{
    [Theory]
    [InlineData("PRODUTO NÃO CHEGOU,E JÁ PASSOU O PRAZO DE ENTREGA", "produto não chegou")]
    [InlineData("Ótimo. Chegou bem antes do prazo, é o produto é de excelente qualidade!", "chegou bem antes do prazo")]
    [InlineData("Recomendo. Ok", null)]
    [InlineData("Comprei dois relógios e um deles chegou parado e com o vidro trincado na caixa", null)]
    public void A_review_teaches_its_first_clause_of_three_to_eight_words(string review, string? clause)
    {
        Assert.Equal(clause, SecondReaderTraining.FirstClause(review));
    }
}
