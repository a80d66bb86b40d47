using RagQa.Core.Answering;

namespace RagQa.Tests.Answering;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Quais são as reclamações mais comuns?")]
    [InlineData("quais sao as reclamacoes mais comuns")]
    [InlineData("O produto chegou quebrado e a loja não respondeu")]
    [InlineData("Qual a proporção de entregas atrasadas?")]
    [InlineData("entrega rápida")]
    // "a", "do" and "por" are English or Spanish words too: they decide nothing.
    [InlineData("Como anda a nota media neste trimestre?")]
    [InlineData("a galera reclama do atraso?")]
    [InlineData("Me passa a contagem por nota de abril a junho de 2017.")]
    [InlineData("")]
    [InlineData("12345 ???")]
    public void Portuguese_and_anything_undecided(string text) => Assert.Equal(AnswerLanguage.Portuguese, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("What are the most common complaints?")]
    [InlineData("How many customers received a broken product?")]
    [InlineData("Is the delivery usually on time?")]
    [InlineData("share of 5 stars per month")]
    public void English(string text) => Assert.Equal(AnswerLanguage.English, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("¿Cuáles son las quejas más comunes?")]
    [InlineData("cuales son los problemas mas frecuentes de los clientes")]
    [InlineData("El producto llegó roto y la tienda no respondió")]
    [InlineData("hay alguna q mencione cargador o batería")]
    [InlineData("Desglose por número de estrellas de agosto de 2018")]
    public void Spanish(string text) => Assert.Equal(AnswerLanguage.Spanish, LanguageDetector.Detect(text));

    [Fact]
    public void Codes_are_iso_639_1()
    {
        Assert.Equal("pt", LanguageDetector.Code(AnswerLanguage.Portuguese));
        Assert.Equal("en", LanguageDetector.Code(AnswerLanguage.English));
        Assert.Equal("es", LanguageDetector.Code(AnswerLanguage.Spanish));
    }
}
