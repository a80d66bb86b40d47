using RagQa.Core.Guardrails;

namespace RagQa.Tests.Guardrails;

public sealed class EmailDetectorTests
{
    [Theory]
    [InlineData("joao@gmail.com")]
    [InlineData("Maria.Souza+compras@empresa-exemplo.com.br")]
    [InlineData("leticia_2020@mail.exemplo.org")]
    [InlineData("joão.silva@uol.com.br")]
    public void Addresses_are_found_without_surrounding_punctuation(string email)
    {
        var text = $"Escrevam para <{email}>, por favor.";
        var matches = new List<PiiMatch>();
        new EmailDetector().Detect(text, matches);

        var match = Assert.Single(matches);
        Assert.Equal(email, text.Substring(match.Index, match.Length));
    }

    [Theory]
    [InlineData("paguei 2x @ R$10")]
    [InlineData("fulano@localhost")]
    [InlineData("nota@2018")]
    [InlineData("@lannister no instagram")]
    public void Things_with_an_at_sign_that_are_not_addresses_are_ignored(string text)
    {
        var matches = new List<PiiMatch>();
        new EmailDetector().Detect(text, matches);
        Assert.Empty(matches);
    }
}
